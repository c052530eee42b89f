/**
 * Long reads (2,000+ words each), written section by section like the features desk does.
 * Everything and everyone in them is invented.
 */
import type { CorpusStory } from './types';

const ropewalk = `At seven in the morning the Old Ropewalk is a long, cold shed, a little over three hundred metres from end to end, and almost silent. The only sound is a wheel somewhere near the far door, turning slowly, and the soft hiss of fibre running through a man's hands. The man is Aldous Penhaligon, seventy-four, and he has been walking backwards down this shed for fifty-eight years.

"You spin a rope walking away from it," he says, without stopping. "That's the trick nobody believes. You put the fibre round your waist, you hook it to the wheel, and you walk backwards, feeding it out. The wheel twists it. Your hands decide how thick it is. Three hundred metres down, three hundred metres back. My knees have done the distance to the moon."

He probably has not, but he has done a lot of it. By his own estimate he has walked about forty thousand kilometres backwards in this building, which was built in 1791 to make rigging for the ships that gave the city its name and its money. In its busiest years, in the 1850s, it employed three hundred and twenty people. Today it employs four, and one of them is a volunteer.

## A building made for one job

The ropewalk is the reason the district around it is shaped the way it is. The shed had to be long and straight, because a ship's anchor cable was made in one piece, and it had to be close to the harbour, because the finished rope was too heavy to carry far. So the streets of the Old Ropewalk run parallel to the shed, long and narrow, and the houses along them were built for spinners, hacklers, tarrers and the boys who turned the wheels.

For most of the nineteenth century the ropewalk was the largest employer in Harborview after the docks. It made cable for the navy, lines for the fishing fleet, and, according to a ledger that survives in the city archive, "one rope of exceptional length for a gentleman in Port Aldane, purpose not stated". Its decline began when steel wire replaced hemp on big ships and was finished off by nylon in the 1960s. The company that owned it went bankrupt in 1971. The city bought the building two years later for one dollar and a promise to keep the roof on.

## The trust that kept it going

That promise was kept, more or less, by a charity set up by former workers and a handful of local historians. The Ropewalk Trust has run the building as a working museum since 1976. It makes rope for heritage ships, film sets, the occasional wedding and a surprising number of cat owners, who buy short lengths of natural fibre rope for scratching posts.

The trust's accounts show how thin the margins are.

| Income, last financial year | Amount | Share |
|---|---:|---:|
| Rope sales (heritage ships and film) | $118,400 | 39% |
| Rope sales (shop and online) | $64,900 | 21% |
| Visitor tickets | $52,300 | 17% |
| City grant | $40,000 | 13% |
| Donations and legacies | $22,700 | 8% |
| Room hire (weddings, events) | $6,100 | 2% |
| **Total** | **$304,400** | **100%** |

Its costs were $311,000, so it lost a little under seven thousand dollars. It has lost money in four of the last six years. "We are very good at making rope," says the trust's director, Philippa Agyeman. "We are less good at making money. Those are different skills and nobody in this building was hired for the second one."

## Learning to walk backwards

Penhaligon came to the ropewalk at sixteen, in 1968, when it was still a commercial business with forty staff. His father was a spinner and his grandfather had been a tarrer, which meant standing over a copper of hot pine tar and dragging yarn through it, a job that gave men burns on their forearms and a smell they could never wash out.

"My grandmother said she married him for the smell," Penhaligon says. "I think she was joking. You could never tell with her."

Training, in those days, was simple and brutal. Boys started on the wheel, turning it by hand for ten hours at a stretch. After a year or two, if they showed any feel for the fibre, they were allowed to spin. The first ropes a new spinner made were cut up and sold as garden twine. "If your yarn was lumpy, the foreman would hold it up in front of everyone," Penhaligon says. "Then he'd cut it into pieces and put it in a box marked 'for tomatoes'. Everyone knew whose it was."

He was good, and he knew he was good by the time he was twenty. He has been, for most of the last thirty years, the only person in the building who can spin a yarn evenly over the full length of the shed without stopping.

## The apprentice

That is now changing. For the first time since 1984 the trust has an apprentice: Niamh Oyelaran-Price, twenty-three, who studied textile design at Harborview Polytechnic and came to the ropewalk to make a short film for her degree.

"I came for three days," she says. "That was two years ago. I just never left. I think Aldous assumed I was a new volunteer and started teaching me, and by the time anyone asked what I was doing here I could already spin."

Her apprenticeship is paid for by a national heritage crafts fund, for three years. It pays a little over the minimum wage. She shares a flat in Brinefield with two nurses and cycles in at half past six.

Watching the two of them work is like watching the same move performed at two speeds. Penhaligon walks backwards at an even, unhurried pace, his hands almost still. Oyelaran-Price is faster and more watchful, glancing down at the yarn every few steps. Every so often he stops, walks over, and adjusts the angle of her wrist by a few degrees without saying anything.

"He doesn't explain much," she says. "He shows you, and then he shows you again, and then he goes and makes tea. The third time you get it, you don't know why, but you get it."

## What a rope is made of

Most visitors arrive assuming rope is rope. By the end of the tour they have usually learned more about it than they expected to, because the guides, who are volunteers and often retired engineers, do not let anyone leave without understanding how it works.

A traditional rope has three stages:

1. **Yarn.** Fibre, usually hemp, manila or sisal, is twisted into a yarn in one direction. This is the backwards walking.
2. **Strands.** Several yarns are twisted together, in the opposite direction, to make a strand.
3. **Rope.** Three or four strands are laid together, twisted once more in the first direction, on a machine called a jack that runs on rails down the length of the shed.

The alternating twists lock each other in. "If you only twisted one way, the rope would untwist itself the moment you let go," says Gerald Mbatha, a retired bridge engineer who has guided tours for eleven years. "The opposite twists are fighting each other all the time. A rope is a very calm-looking argument."

The ropewalk still makes most of its rope from hemp and manila, though it has a small line in polyester for customers who need a rope to last outdoors. It does not make nylon. "We tried once," says Agyeman. "It melted on the wheel and the building smelled like a car fire for a week."

## The ships

The trust's most important customers are the owners of historic ships, of whom there are more than you might expect. A square-rigged sailing ship can carry twenty kilometres of rope in her rigging, and every piece of it wears out. Owners who want their ships to look right, and who are often required by heritage rules to use traditional materials, have very few places to go.

The ropewalk's order book includes a Baltic schooner that needs a complete set of running rigging, a paddle steamer that wants new mooring lines, and, for the last three summers, the replica of the barque *Margarethe Ahlgren* that is sailed each year to the regatta. The biggest order in the trust's history, a set of anchor cables for a restored warship, took five months and was delivered on two lorries.

> A modern rope is stronger, lighter and cheaper. It is also wrong. If you restore a ship from 1860 and rig her with polyester, you have restored a ship from 2026 that happens to look a bit like one from 1860.

That is the view of Commander Ruth Sandoval-Hughes, who chairs the trust that owns the *Margarethe Ahlgren* replica and is one of the ropewalk's most loyal customers. Her organisation spent $46,000 on rope last year, she says, "which is a lot of money for a charity that is mostly a very large boat and a very small office".

## Films, weddings and cats

The other customers are less predictable. Film and television companies buy rope for period dramas; one production bought four hundred metres for a scene in which a ship is hauled off a beach, then returned most of it, "slightly muddy and with an apology", according to the shop manager, Demelza Cartwright.

Couples hire the shed for weddings, drawn by the length of the room and the light that comes through the high windows in the afternoon. Guests can make a short rope as a group, each of them feeding in a yarn, which is then given to the couple. "People find it very moving," Cartwright says. "I think it is the only wedding activity where everyone does something together and nobody has to dance."

And then there are the cats. About a fifth of the shop's online orders are for short lengths of sisal for scratching posts. "We did not set out to be a cat supplies business," says Agyeman. "But the cats have opinions, and it turns out they prefer our rope. Who are we to argue?"

## The roof, again

The building's problems are the same as they were in 1973: the roof, and the money to fix it. A survey last year found that about a third of the slates on the north side need replacing and that water is getting into two of the timber trusses. The estimated cost is $1.4 million.

| Repair | Estimated cost | Urgency |
|---|---:|---|
| North roof slates and battens | $620,000 | Within two years |
| Two timber trusses (bays 11 and 12) | $380,000 | Within one year |
| Rainwater goods and gutters | $140,000 | Within two years |
| Windows, west end | $170,000 | Within five years |
| Electrical rewiring | $90,000 | Within five years |

The trust has applied to a national heritage fund for most of the money and is waiting for a decision in March. The city council has said it will help, but has not said how much. "We have been told that we are very important and very much valued," says Agyeman. "I would like to be slightly less valued and slightly more funded."

## What the district thinks

In the streets around the ropewalk, opinion about the building is warm but vague. Most people have been inside once, usually on a school trip. Many say they would miss it if it closed, and few could say when they last visited.

"It's like the lighthouse," says Harriet Ekwueme, who runs a café on Cordage Lane, directly opposite the shed's east door. "You don't look at it every day. But if it went dark you'd notice straight away."

Her café does well on the days when the ropewalk has school groups and coach tours. On the days when it does not, she says, the street is quiet. She would like the trust to open later in summer and to put a sign at the tram stop, which is four hundred metres away and gives no hint that one of the longest buildings in the country is round the corner.

The trust says it is working on both.

## A rope for the city

This spring, the ropewalk will make the longest rope it has made in forty years: a single three-strand rope, three hundred metres long, the full length of the shed, to be used in a tug-of-war between the city's districts at the Ropewalk Festival in July. Each district will send volunteers to help spin it.

Penhaligon and Oyelaran-Price will spin the first yarn together, walking backwards side by side, one of them at the end of a career and the other at the beginning of one.

"He says it's the last big one he's going to do," Oyelaran-Price says. "He said that about the last one too."

Penhaligon, asked about this, does not reply straight away. He finishes the yarn he is spinning, hooks it off the wheel, and coils it over his arm.

"I'll stop when my knees tell me," he says. "They haven't said anything yet. They're very polite knees."

## How to visit

- The Old Ropewalk is open Wednesday to Sunday, 10:00–16:00, and until 18:00 in July and August.
- Tickets cost $9 for adults and $4 for children; under-fives are free.
- Spinning demonstrations take place at 11:00 and 14:00.
- The nearest tram stop is Cordage Lane on Line 2.

## Notes

The figures on the trust's income and costs come from its most recent annual accounts, filed with the charity regulator.[1] The estimates for the roof repairs are from a condition survey commissioned by the trust.[2] Historical employment figures are from the city archive's collection of ropewalk ledgers.[3]

1. The Ropewalk Trust, *Annual report and financial statements*, year ended 31 March.
2. Castell & Ng Conservation Architects, *Old Ropewalk: quinquennial condition survey*, sections 4–7.
3. Harborview City Archive, Ropewalk Company papers, ledgers 12–19 (1848–1859).`;

const seaWall = `On a grey morning in February, Tamsin Achebe-Lowe stands on top of the sea wall at Gullhaven and points at a crack. It is about the width of a pencil and runs diagonally across a concrete panel for perhaps two metres. Behind it, the wall leans very slightly towards the field on the landward side, as if it were tired.

"That's what a wall looks like when it's losing," she says. "It doesn't fall down in one go. It just gives up a centimetre at a time."

Achebe-Lowe is Harborview's coastal engineer, which means she is responsible for twenty-three kilometres of walls, embankments, barriers, groynes and dunes between the city and the sea. She has a spreadsheet with every one of them in it, and a colour code. Green means fine. Amber means watch it. Red means it will fail in a big storm within ten years. The stretch she is standing on has been red since 2021.

This is a story about how a city decides what to protect from the sea, and what to let go. It is a decision Harborview has been avoiding for a long time, and one that it made, for the first time, in November.

## Twenty-three kilometres of promises

Every metre of the city's coastline carries an implicit promise to the people behind it: this will keep the water out. Some of those promises are very old. The oldest part of the harbour wall was built in the 1780s. Some are recent: the barrier across the mouth of the Lower Quay was finished in 2014 and can be raised in forty minutes. Most date from the years after the great flood of 1953, when the city built embankments in a hurry and to a height that engineers at the time thought generous.

The problem is that the sea has moved. Sea levels along this coast have risen by about twenty centimetres since the 1950s, and the city's own planning assumes at least another fifty by the end of the century. Storm surges ride on top of that, so a wall that was comfortably high in 1955 is now, in places, only just high enough.

| Type of defence | Length | Green | Amber | Red |
|---|---:|---:|---:|---:|
| Harbour walls (masonry) | 4.1 km | 2.9 km | 1.0 km | 0.2 km |
| Concrete sea walls | 7.8 km | 3.6 km | 2.9 km | 1.3 km |
| Earth embankments | 6.2 km | 4.0 km | 1.6 km | 0.6 km |
| Dunes and beaches | 4.4 km | 2.1 km | 1.8 km | 0.5 km |
| Barriers and gates | 0.5 km | 0.5 km | 0 km | 0 km |
| **Total** | **23.0 km** | **13.1 km** | **7.3 km** | **2.6 km** |

Two point six kilometres of red is not a catastrophe, Achebe-Lowe says. But it is a lot of money, and it is money the city does not have.

## The arithmetic of concrete

Rebuilding a sea wall to modern standards costs, very roughly, between fifty and eighty thousand dollars a metre, depending on the ground, the exposure and how much has to be demolished first. At that price, fixing every red section would cost somewhere between $130 million and $210 million. The city's entire capital budget for all purposes is about $180 million a year.

"So you can't do it all," Achebe-Lowe says. "And if you can't do it all, you have to choose. And the moment you choose, you are telling somebody that their wall is not first in the queue."

For decades, the city dealt with this by patching. A crack was filled, a panel was braced, a section was topped up with rock armour. Patching is cheap and buys time, but it does not last, and a patched wall can fail suddenly in a way that a well-maintained one usually does not.

The national government helps pay for coastal defences, but it uses a formula. Every project is scored according to how much damage it would prevent, and how many homes it protects, against how much it costs. Projects that protect lots of valuable property in a small space do well. Long walls that protect a few houses and some fields do badly.

Gullhaven's failing wall protects thirty-seven homes, a caravan park, a stretch of road and about forty hectares of rough grazing. It scores badly.

## The people behind the wall

Rosemary Tierney has lived in one of those thirty-seven houses for forty-four years. Her husband, Malcolm, chairs the Gullhaven Residents' Association. Their house is a low white cottage with a blue door, about two hundred metres from the wall and roughly a metre below the level of a high spring tide.

"When we bought it, nobody mentioned the sea," she says. "It was just there, being the sea. The wall was something you walked the dog along."

The first time she worried was in 2013, when a storm overtopped the wall and left seawater standing in the field behind the house for three days. The second time was in 2019, when the water reached the garden gate. In 2024 it came under the door.

"It was about three inches," she says. "It doesn't sound like much. But it was salt water, in the house, at two in the morning, and I was standing in it in my nightdress thinking, this is going to happen again."

The Tierneys' insurance premium has gone up fourfold since then. They could not sell the house for anything like what they think it is worth, because buyers' surveyors now flag the flood risk. "We are not going anywhere," Rosemary Tierney says. "But that is partly because we couldn't if we wanted to."

## What engineers mean by managed realignment

The option the city eventually chose for Gullhaven goes by several names. Engineers call it managed realignment. Campaigners who dislike it call it managed retreat, or, less kindly, surrender. The idea is simple: instead of holding the line where the old wall stands, you build a new, smaller defence further inland, and you let the sea have the land in between.

That land does not become open water. In a sheltered spot like Gullhaven, it becomes saltmarsh: a mix of mud, creeks and salt-tolerant plants that floods at high tide and drains at low tide. Saltmarsh is one of the best natural flood defences there is. It absorbs the energy of waves, so a storm that would hammer a bare wall arrives at the new embankment much weakened.

Dr Ruth Okwuosa, the ecologist who led this year's survey of seagrass off Saltmarsh, explains it with her hands. "Imagine a wave coming in. If it hits a concrete wall, all of that energy has to go somewhere, so it goes up and over, or it digs out the foot of the wall. If it crosses three hundred metres of marsh first, it's dragging through mud and plants the whole way. By the time it arrives, it's tired."

The new marsh would also do other things the wall cannot. It would store carbon, provide a nursery for young fish and feeding grounds for wading birds, and, in time, become a place people want to walk.

## Four options, one table

The council's options appraisal, published in September, compared four approaches for the Gullhaven frontage.

| Option | Upfront cost | Maintenance (50 years) | Homes protected in 2070 | Homes bought out |
|---|---:|---:|---:|---:|
| 1. Rebuild on current line | $41.0m | $9.5m | 37 | 0 |
| 2. Raise existing wall | $23.0m | $14.0m | 0 after c. 2050 | 0 |
| 3. Managed realignment | $12.1m | $3.2m | 33 | 4 |
| 4. Do nothing | $0 | $0 | 0 after c. 2045 | 0 |

Option two looked tempting at first, because it was cheaper than rebuilding. But the engineers' modelling suggested the raised wall would be overtopped regularly by about 2050, at which point the city would face the same decision again, with less money and more houses at risk.

Option three protects thirty-three of the thirty-seven homes. The four it does not protect are closest to the shore, on the seaward side of the line where the new embankment would go. Their owners would be offered the market value their homes would have had without any flood risk, plus fifteen per cent.

## The meeting

The decision went to the council's environment committee on a wet Tuesday in November. The public gallery was full. About sixty people had come from Gullhaven, most of them wearing green scarves, the colour the residents' association had chosen because, one of them said, "it's the opposite of red".

Councillors heard from Achebe-Lowe, from the residents' association, from a bird charity that supports the plan and from a farmer whose grazing land would be flooded. The debate lasted three hours.

Councillor Rosalind Achterberg, who proposed the motion, said the city had a choice between a plan that would work and a plan that would make everybody feel better for twenty years. "I would love to tell the people of Gullhaven that we can hold every metre. I can't. Nobody honestly can. What we can do is hold the line where it will stay held."

Malcolm Tierney spoke for five minutes, the maximum allowed. He did not dispute the engineering. His objection was about precedent.

> If you can do this to us, you can do it to anyone. Every street along this coast will be next in the queue for a conversation about whether it's worth saving. I want to know who decides, and I want to know what the rules are before it's our turn again.

The motion passed by nine votes to four.

## Who decides, and how

Tierney's question is the one that matters most, and the city does not yet have a good answer. There is no published rule for when Harborview will defend a stretch of coast and when it will not. Decisions are made case by case, on the basis of an appraisal like the one for Gullhaven, and then argued over in committee.

Coastal planners in other countries have tried to make the rules explicit in advance, so that residents know years ahead where the line will be held. Some have drawn maps with three zones: places that will be defended indefinitely, places that will be defended for a fixed number of years, and places where the city will help people move when the time comes.[1]

Achebe-Lowe would like Harborview to do the same. "It's brutal to tell someone their street is in the third zone," she says. "But it's more brutal to let them find out at a committee meeting. People can plan around bad news. They can't plan around surprises."

The council has asked officers to draft a coastal adaptation plan along these lines, with a public consultation next year.

## The farmer

Not everyone who loses out from the Gullhaven decision lives in a house. Owen Prydderch rents most of the forty hectares of grazing behind the wall, where he keeps about two hundred sheep. Under the realignment plan, about twenty-five of those hectares will become marsh.

He will be compensated for the loss of the tenancy, but he says the money is not really the point. "My family has grazed this land since my great-grandfather," he says. "I know it's only fields. But it's our fields. You don't get to buy back a view."

Prydderch is not opposed to the marsh in principle. He has seen salt-marsh lamb sold at a premium further along the coast and wonders whether his sheep might graze the new marsh in summer. The bird charity, to his surprise, has said this might be possible, because light grazing keeps the grass short in a way that some wading birds like.

"So maybe I'll end up farming the sea," he says. "My great-grandfather would think that was very funny."

## What happens next

The works are expected to take three years. First, the new embankment will be built along a line about three hundred metres inland. Then the four homes on the seaward side will be bought and, once their owners have moved, demolished. Finally, engineers will cut several breaches in the old wall, and the sea will be allowed in.

It takes about ten years for a new saltmarsh to look established, Okwuosa says, and about thirty for it to function as well as a natural one. The city will monitor the site every year, counting plants, birds and the height of the marsh surface, which should rise slowly as the tides deposit sediment.

Two of the four households have said they will accept the offer. The other two are still deciding. One of them, a retired couple who have lived in their house for more than fifty years, asked not to be named. They said they understood the decision and did not blame anyone for it.

"We just want to be the ones who close the door," the husband said. "Not a bulldozer."

## The other twenty-two kilometres

Gullhaven is a small part of a very large problem. Achebe-Lowe's spreadsheet has more than two kilometres of other red sections, and the amber ones will turn red in time. She expects the city to face a decision like this one every two or three years for the rest of her career.

She does not think every answer will be realignment. Much of the coast protects dense neighbourhoods, the port, the tram depot and the main sewage works, and those will be held, whatever the cost. But the easy days of promising everyone a wall are, she thinks, over.

"We've spent seventy years acting as if the coast was a line on a map that we could draw wherever we liked," she says. "It's not. It's a negotiation with the sea. And the sea doesn't do compromises. It just keeps turning up."

## References

1. Coastal Adaptation Network, *Defend, delay, relocate: zoning approaches to coastal change in 14 countries*, chapter 3.
2. Harborview City Council, *Gullhaven frontage: options appraisal*, tables 5.2 and 6.1.
3. Harborview City Council, *Coastal defence asset register*, condition grades as at 1 April.`;

const nightBuses = `The N6 leaves the bus station at 00:12, and on a Thursday night in November it carries, at the start, four people: a cleaner going home from the hospital, two students going home from somewhere louder, and me. The driver, Celestine Abara-Whitlock, nods at each of us as we get on and says, to nobody in particular, "Right then."

For the past year I have been riding Harborview's night buses, on and off, to find out who uses them, who drives them, and what the city looks like between midnight and five, when most of us are asleep and a surprising number of people are not.

This is what I found.

## The network

Harborview has seven night bus routes. They run every night from midnight until about 05:30, when the day services start. Between them they cover every district of the city, though some, like Kestrel Hill, only get a bus once an hour.

| Route | From – to | Frequency | Average passengers per trip |
|---|---|---|---:|
| N2 | Bus station – Millrace – Kestrel Hill | 60 min | 9 |
| N4 | Bus station – Tannery Row – Saltmarsh | 30 min | 21 |
| N6 | Bus station – Hospital – Brinefield | 20 min | 27 |
| N7 | North Pier – Lower Quay – Gullhaven | 30 min | 14 |
| N9 | Bus station – Old Ropewalk – University | 30 min | 18 |
| N11 | Port gate – Brinefield – Saltmarsh | 40 min | 12 |
| N31 | Airport – Bus station | 60 min | 7 |

In total, the night network carries about 5,100 passengers a night during the week and about 8,900 on Fridays and Saturdays, according to Harborview Regional Transit. It costs about $6.8 million a year to run and takes about $2.1 million in fares.

## Who rides at night

The common picture of a night bus is of people going home from bars. There are those, especially on weekends. But on a weeknight the night buses are mostly full of people going to or from work.

The transit agency surveyed night passengers last year, and the results match what I saw.

- 58% were travelling to or from work.
- 17% were travelling to or from a night out.
- 9% were travelling to or from the airport, a train or a ferry.
- 6% were travelling to or from a hospital, as a patient or a visitor.
- 10% gave another reason, or none.

Of those travelling for work, the largest groups were health workers, cleaners, hospitality staff, security guards, warehouse and port workers, and bakers. More than two-thirds did not own a car.

## The hospital run

The N6 is the busiest route because it passes Kestrel Hill Hospital, which changes shifts at 20:00 and 08:00 but also sends home a steady stream of staff who stayed late, finished early or covered for someone. Between midnight and one, the stop outside the hospital's main entrance usually has a small crowd.

Abena Sarpong, a healthcare assistant on the stroke ward, has taken the N6 home three or four nights a week for nine years. She boards at 00:31, in scrubs under a long coat, and gets off twenty-two minutes later in Brinefield.

"I can tell you who's going to be on it," she says. "The porter with the headphones. The two cleaners from theatre, they always sit at the back and share a packet of biscuits. The nurse who reads Russian novels. When someone doesn't turn up for a week, you wonder. You don't know their names but you worry."

She says the bus has rarely let her down, and that when it has, the driver has usually waited. "Celestine has waited for me twice when I was running. She's not supposed to. Don't put that in."

(I asked Abara-Whitlock about this. She said she did not know what I was talking about.)

## The drivers

There are sixty-two night bus drivers in Harborview. Most of them chose nights, and most of them say they would not go back to days.

The reasons vary. Some like the quiet roads. Some like the higher pay: night shifts earn a premium of about twenty per cent. Some have children and share the care with a partner who works days. Abara-Whitlock, who has driven nights for fourteen years, says she likes the passengers.

"In the day you're a bus," she says. "People get on, they're on their phones, they get off. At night, you're a person. People talk to you. They tell you about their shift. Sometimes they tell you about their life. I've had a man propose to his girlfriend on my bus at half past three in the morning. She said yes. They got off at the wrong stop."

There are harder nights. Drivers are sometimes abused and, occasionally, attacked. Every night bus now has a screen around the cab and cameras inside, and drivers can call a control room that is staffed until the last bus returns to the depot. Abara-Whitlock says she has pressed the emergency button three times in fourteen years.

"Three times is three too many," she says. "But it's three out of about fifty thousand trips. People think the night bus is dangerous. Mostly it's just tired."

## A city at 03:00

Riding the buses through the middle of the night, you see a Harborview that most of its residents never do.

At half past one, the bakeries of Tannery Row are already lit, and through the windows you can see people in white caps shaping dough. At two, the port is as bright as midday, with cranes swinging containers off a ship that arrived at midnight and must leave by noon. At three, street cleaners move along Millrace Parade with pressure hoses, and a fox trots down the middle of Harbour Road as if it had bought it.

At four, the first newspaper vans pull up outside the shops, and at a quarter to five, the N7 passes the fish market at Gullhaven, where the day's catch is already being auctioned under yellow lights to buyers who shout in three languages.

By half past five, the day buses begin, and the night network hands the city back.

## The money problem

The night buses do not pay for themselves, and never have. Fares cover about thirty-one per cent of the cost; the council and the regional government pay the rest. In years when budgets are tight, the night network is one of the first things that gets looked at.

In 2023, the transit agency proposed cutting the N2 and the N31 and reducing the N7 to once an hour. The cuts were withdrawn after a campaign led by the hospital workers' union and the hospitality trade, who argued that the savings, about $900,000 a year, would be outweighed by the cost of staff being unable to get to work.

| Year | Cost | Fare income | Subsidy per passenger |
|---|---:|---:|---:|
| 2022 | $5.9m | $1.7m | $2.41 |
| 2023 | $6.2m | $1.8m | $2.46 |
| 2024 | $6.4m | $1.9m | $2.39 |
| 2025 | $6.6m | $2.0m | $2.37 |
| 2026 | $6.8m | $2.1m | $2.33 |

The subsidy per passenger has fallen slightly, because the number of passengers has grown faster than the cost. The transit agency expects the night network to be reviewed again next year, as part of the wider plan for the tram extension to Saltmarsh.

## The ferry link

Some night journeys in Harborview are not on a bus at all. The 23:40 ferry from North Pier to Gullhaven, which was nearly cut this autumn before the port stepped in with a grant, connects with the N7 at the Gullhaven slipway. For about a hundred and forty people a night, mostly hotel and hospital workers, the two together are the only way home without a taxi.

Marisol Etxeberria, a chef at one of the hotels on the Lower Quay, takes both. "If the ferry goes, I'd have to leave work at eleven to get the last day bus," she says. "Which means I can't do the late service. Which means I don't have a job. People talk about these things as if they're about transport. They're about whether you can work."

## The depot

Every night bus in Harborview starts and ends its shift at the Weir Street depot, a low brick building that was once a tram shed and will, if the transit agency's plans work out, soon hold the city's first electric buses. At two in the morning it is one of the busiest places in the city that nobody visits.

Fitters work under buses on raised tracks, changing brake pads and chasing faults reported by the drivers. Cleaners move through the buses that have finished early, picking up newspapers, bottles and, once, according to the depot manager, a live lobster in a bucket, which was claimed the next day by an embarrassed restaurant owner.

The depot manager, Fergus Okonkwo-Baird, has worked nights for twenty-two years. He says the thing people misunderstand most about the night network is how fragile it is. "We run on about ten per cent spare," he says. "One driver off sick and one bus with a flat battery, and a route drops to half its frequency. In the daytime you'd hardly notice. At three in the morning, that's someone standing at a stop for an hour."

## The cleaners

The cleaners who work on the buses themselves are not the only cleaners who ride them. Office and hospital cleaners are, by some distance, the largest single group of night passengers on the N4 and N6, travelling to shifts that start at four or five in the morning so that buildings are clean before anyone arrives.

Graciela Montoya-Hurst has cleaned offices on the Lower Quay for eleven years. She takes the N4 from Saltmarsh at 03:40. "The people in those offices, they don't know who I am," she says, without any bitterness. "They come in, the bins are empty, the kitchen is clean. It's like magic for them. The magic is me and the 03:40."

## The students

On weekends, the balance shifts. After midnight on a Friday, the N9 from the Old Ropewalk to the university is full of students, many of them cheerful, some of them singing, one or two of them asleep against the window.

Drivers have mixed feelings about the Friday N9. Most say the students are noisy but harmless. "They're somebody's kids," says Ravi Ghosh-Mendel, who has driven the route for six years. "They want to get home. I want them to get home. We're on the same side, mostly."

The university pays for an extra N9 bus on Friday and Saturday nights during term, and runs a scheme in which volunteers in yellow jackets ride the bus and help anyone who is unwell. One of them, a third-year chemistry student named Ophelia Drummond-Sato, says her busiest night involved four lost phones, one lost shoe and a student who had to be persuaded that the bus did not go to his parents' house in another city.

## What riders want

When I asked passengers what would make the night buses better, the answers were remarkably consistent.

1. **More frequent buses on the quieter routes.** Waiting an hour for the N2 on a cold night is, as one passenger put it, "a test of character I didn't sign up for".
2. **Real-time information that works.** The app's predicted arrival times at night are often wrong, because fewer buses means fewer data points.
3. **Better-lit stops.** Several women said they chose stops based on the lighting, not the distance.
4. **A night tram.** Tram Line 2 stops at 00:30. Many riders would like it to run all night on weekends, as trams do in some other cities.

The transit agency says it is looking at the first three and has costed the fourth. A weekend night tram on Line 2 would cost about $1.2 million a year.

## Last stop

At 04:52 the N6 reaches its last stop in Brinefield. Abara-Whitlock turns off the engine, walks through the bus checking for lost property (tonight: one glove, one umbrella, half a sandwich), and then sits in the driver's seat for a minute with a flask of tea before taking the bus back to the depot.

"People ask me if I get lonely," she says. "I don't. I've got a bus full of people every night. Different people, same people. It's like a village that moves."

She drinks the tea, starts the engine, and drives the empty bus back into the city, where, at the bakery on the corner, someone is already putting out the first trays of bread.

## About this story

This report is based on forty-one night journeys between November last year and October this year, interviews with twenty-three passengers and nine drivers, and data provided by Harborview Regional Transit.[1] Some passengers asked to be identified by first name only or not at all.

1. Harborview Regional Transit, *Night network review: passenger survey results*, and quarterly ridership data by route.`;

const economy = `Every autumn, the council's economic development team publishes a long report on the state of the Harborview economy. Few people read it. That is a shame, because buried in its annexes are the numbers that explain most of what this newspaper reports on during the year: why rents are rising, why the port is arguing with its workers, why the high street looks the way it does.

We have read the whole thing, along with ten years of the data behind it, and pulled out ten tables. Together they describe a city that is richer than it was a decade ago, more unequal, more dependent on a few big employers, and more expensive to live in.

## 1. More jobs, but not everywhere

Harborview has added about 19,000 jobs in ten years. That is good news, but the growth has been very uneven. Most of it came in health, professional services and logistics. Manufacturing and retail shrank.

| Sector | Jobs 2016 | Jobs 2026 | Change |
|---|---:|---:|---:|
| Health and social care | 21,400 | 27,900 | +6,500 |
| Professional and technical services | 11,200 | 16,100 | +4,900 |
| Transport, logistics and the port | 14,800 | 18,300 | +3,500 |
| Education | 10,900 | 12,400 | +1,500 |
| Hospitality | 9,600 | 11,200 | +1,600 |
| Construction | 7,300 | 8,400 | +1,100 |
| Public administration | 6,200 | 6,500 | +300 |
| Retail | 13,100 | 11,700 | −1,400 |
| Manufacturing | 9,800 | 8,100 | −1,700 |
| Other | 8,700 | 10,300 | +1,600 |
| **Total** | **113,000** | **131,900** | **+18,900** |

The single biggest employer in the city is now Kestrel Hill Hospital, with about 7,400 staff. Ten years ago it was the port.

## 2. Wages have risen, but slower than rents

Median full-time earnings in Harborview rose by 31% over the decade. That sounds healthy until you set it against housing costs.

| Measure | 2016 | 2026 | Change |
|---|---:|---:|---:|
| Median full-time annual pay | $38,200 | $50,000 | +31% |
| Average 2-bed private rent (monthly) | $1,140 | $1,960 | +72% |
| Average house price | $241,000 | $398,000 | +65% |
| Rent as share of median pay | 36% | 47% | +11 points |

The usual rule of thumb is that housing is affordable if it costs no more than about a third of income. Ten years ago, a median earner renting a two-bedroom flat was just above that line. Now they are well above it.

"The number that keeps me awake is the last row," says Dr Amara Lindqvist of the Coastal Policy Institute. "Forty-seven per cent is not a housing market. It's a tax on being young."

## 3. The gap between districts

Averages hide enormous differences between neighbourhoods. The council's figures for household income by district show a city that is, in effect, several cities.

| District | Median household income | Unemployment rate | Residents over 65 |
|---|---:|---:|---:|
| Kestrel Hill | $84,500 | 2.1% | 24% |
| Old Ropewalk | $71,200 | 3.0% | 15% |
| Lower Quay | $66,800 | 2.6% | 9% |
| Millrace | $52,300 | 4.4% | 18% |
| Gullhaven | $44,100 | 5.2% | 27% |
| Tannery Row | $39,600 | 6.8% | 12% |
| Brinefield | $34,900 | 7.9% | 21% |
| Saltmarsh | $31,200 | 9.4% | 16% |

Saltmarsh, at the bottom of the table, is also the district that has waited longest for the tram. The extension to Line 4, now expected in 2029, is the largest public investment in the estate's history.

## 4. The port is changing, not shrinking

Despite its arguments with the dockers' union, the port is handling more cargo than ever. What has changed is how many people it takes to do so.

| Year | Containers handled (TEU) | Port jobs | Containers per job |
|---|---:|---:|---:|
| 2016 | 610,000 | 4,100 | 149 |
| 2019 | 684,000 | 3,950 | 173 |
| 2022 | 702,000 | 3,700 | 190 |
| 2026 | 788,000 | 3,640 | 216 |

The port's plan to automate half the cranes at Terminal 3 would push the last column higher still. The port argues that without automation it will lose the largest ships to competitors; the union argues that the gains are going to shareholders, not to the city. Both can point to the table.

## 5. Startups: lots born, few grow up

Harborview has a lively startup scene, centred on the Polytechnic and, until recently, the Lower Quay. But the figures for business survival suggest that most young firms stay small or disappear.

| Year founded | Firms founded | Still trading after 3 years | Employing 10+ after 3 years |
|---|---:|---:|---:|
| 2018 | 1,420 | 58% | 4.1% |
| 2019 | 1,510 | 55% | 3.8% |
| 2020 | 1,180 | 52% | 3.2% |
| 2021 | 1,690 | 56% | 4.4% |
| 2022 | 1,610 | 57% | 4.6% |
| 2023 | 1,540 | 59% | 4.9% |

The share of firms that reach ten employees has crept up, which the council's economic development team takes as a sign that its support programmes are working. The bigger question, says Wen Saarinen of the underwater-drone company Ferrule Robotics, is where the firms that do grow can go. "We left the quay because we couldn't afford it. If we'd had to leave the city, we would have."

## 6. The high street in numbers

The decline of retail jobs is visible on every main shopping street. Vacancy rates in the city's shopping areas have risen, though not everywhere.

| Shopping area | Units | Vacant 2016 | Vacant 2026 |
|---|---:|---:|---:|
| Millrace Parade | 184 | 6% | 9% |
| Harbour Road (central) | 236 | 8% | 17% |
| Tannery Row | 71 | 14% | 10% |
| Brinefield Road | 112 | 11% | 21% |
| Old Ropewalk | 93 | 5% | 4% |

Two streets buck the trend. In the Old Ropewalk, the car-free zone and the tourist trade have kept shops full. On Tannery Row, vacancies have fallen because of new food businesses, many of them started by recent arrivals, and the council's plan to reopen the market hall should push them down further.

## 7. Who commutes where

More than a quarter of the people who work in Harborview do not live in it, and their numbers are growing as housing costs push workers out.

| Where workers live | Share 2016 | Share 2026 |
|---|---:|---:|
| Harborview | 79% | 72% |
| Port Aldane | 8% | 11% |
| Marren and the coast | 7% | 9% |
| Elsewhere | 6% | 8% |

This matters for transport. The new fast ferry between Harborview and Port Aldane is carrying about 1,100 passengers a day, mostly commuters, and the regional transit authority is studying a second route.

Commuting also changes who the city's services are for. People who work in Harborview but live elsewhere use its roads, trains and ferries every day, but pay their council tax somewhere else. The council estimates that daily commuters add about 37,000 people to the city's daytime population, roughly the size of Brinefield and Saltmarsh combined.

## 8. Visitors

Tourism has recovered strongly from the lean years at the start of the decade, and is now the fastest-growing part of the hospitality sector.

| Measure | 2016 | 2026 |
|---|---:|---:|
| Overnight visitors | 1.21m | 1.64m |
| Average stay (nights) | 2.3 | 2.1 |
| Hotel rooms | 3,900 | 4,700 |
| Short-term rental listings | 410 | 1,380 |

The last row explains part of the rise in rents on the Lower Quay and in Gullhaven. Every short-term rental listing that is a whole flat is one less home for a resident. The council estimates that about 300 flats have been lost in this way since 2024.

## 9. Energy and climate

The economy report now includes a section on emissions, because the council has committed to reaching net zero by 2040. Progress is real but uneven.

| Source of emissions | 2016 (kt CO2e) | 2026 (kt CO2e) | Change |
|---|---:|---:|---:|
| Homes | 412 | 311 | −25% |
| Commerce and public buildings | 288 | 214 | −26% |
| Industry and the port | 356 | 301 | −15% |
| Road transport | 398 | 352 | −12% |
| Shipping (in port) | 121 | 118 | −2% |
| **Total** | **1,575** | **1,296** | **−18%** |

Shipping is the stubborn line. Ships in port run their engines to keep the lights on unless they can plug into shore power, which only two of the port's berths currently offer. The port says all container berths will have it by 2029.

## 10. The council's own money

Finally, the council itself. Its spending has grown, but most of the increase has gone on social care, which is driven by the ageing population in districts such as Gullhaven and Kestrel Hill. Everything else has been squeezed.

| Area of spending | 2016 | 2026 | Change |
|---|---:|---:|---:|
| Adult social care | $298m | $461m | +55% |
| Children's services | $201m | $272m | +35% |
| Waste and streets | $104m | $124m | +19% |
| Transport and roads | $96m | $103m | +7% |
| Libraries and culture | $34m | $37m | +9% |
| Parks and leisure | $59m | $58m | −2% |

Adjusted for inflation, spending on parks, libraries, transport and streets has fallen in real terms over the decade. The restoration of Saturday opening hours at the libraries, welcomed this year, returns them to roughly where they were in 2018.

## What the report does not measure

The council's report is good at counting things that are easy to count: jobs, wages, rents, containers, shop units. It is less good at the things that are harder to pin down but matter just as much to how people experience the city.

It does not measure, for example, how long people wait for a GP appointment, or how many children in each district can swim by the age of eleven, or how many people have a second job. It counts businesses by where they are registered rather than where their staff work, so a firm with a head office on the Lower Quay and two hundred staff in a warehouse in Brinefield shows up as a Lower Quay business. And it has almost nothing to say about unpaid work: the care that family members provide for older relatives, or the volunteering that keeps places like the Ropewalk Trust and the repair café going.

None of this is a criticism of the people who write it, who are working with the data that exists. But it is worth remembering, when a table says the city is doing well, that the table can only see what someone has decided to count.

## What to watch in 2027

Several decisions due next year will show up in these tables by the end of the decade.

- **The rent-cap request.** If the regional assembly grants the council the power to cap rent increases, the second table could look very different by 2030, for sitting tenants at least.
- **The port talks.** An agreement on jobs at Terminal 3 would set the pattern for automation at the port for a generation. A long dispute would hurt the logistics sector, which has been one of the city's main sources of new work.
- **The tram extension.** Construction on Brinefield Road will disrupt shops on one of the streets with the highest vacancy rate. If the tram does for Saltmarsh and Brinefield what the cycle lanes did for Millrace Parade, the vacancy figures should improve after 2029. If not, the damage from the building works could outlast them.
- **The coastal adaptation plan.** Which parts of the coast the city commits to defending will affect property values, insurance costs and where people choose to live.

## A note on inflation

Most of the money figures in this piece are in current dollars, as the council's report presents them. Prices in Harborview rose by about 34% over the decade, slightly faster than the national average, mostly because of housing and energy. That means a wage that rose by 31% has, in real terms, fallen very slightly. Spending on a service that rose by less than 34% has been cut in real terms, even if the headline number went up.

We have not adjusted the tables, because the council does not, and because adjusting them would make them harder to check against the original report. But readers comparing the two ends of any row should keep the 34% in mind.

## What the tables add up to

Put the ten tables side by side and a picture emerges. Harborview has more jobs and higher wages than it did ten years ago, but those gains have been eaten up by housing costs. The city's growth has been concentrated in health, logistics and professional services, and in the districts that were already doing well. The places that need investment most, like Saltmarsh and Brinefield, are getting it, but slowly.

> The economy has grown. The question is whether the city has grown with it, and in some districts the honest answer is no.

That is how Councillor Yusuf Okonedo, the council's finance chief, put it when we showed him our tables. He said he agreed with most of our reading and disagreed with some of it, particularly on the high street, where he thinks the worst is over.

## About the data

All figures come from the council's economic development report and its annexes, with some series extended back to 2016 using the same sources.[1][2] Money figures are in current dollars, not adjusted for inflation, except where stated. Job figures are rounded to the nearest hundred.

1. Harborview City Council, *State of the Harborview economy*, annexes A–F.
2. Harborview Open Data, economic indicators collection, series EMP-01 to EMP-12 and HOU-01 to HOU-06.`;

export const longReads: CorpusStory[] = [
  {
    key: 'long-ropewalk',
    title: 'Walking backwards for 58 years: the last rope-makers of the Old Ropewalk',
    dek: 'Aldous Penhaligon has spun rope in the same 300-metre shed since 1968. Now he has an apprentice, a roof that leaks and an order for the longest rope in forty years.',
    section: 'culture',
    author: 'june-castellanos',
    tags: ['arts', 'small-business'],
    language: 'en',
    previously: ['ropewalk-festival'],
    searchTerm: 'Penhaligon',
    heroImage: {
      url: 'https://images.harborview.example/2026/ropewalk-shed.jpg',
      alt: 'A very long, narrow wooden shed lit by high windows, with a single strand of rope running its whole length',
      caption: 'The Old Ropewalk, 300 metres from end to end.',
      credit: 'Photo: Edge Courier',
    },
    sources: [
      { name: 'The Ropewalk Trust', url: 'https://ropewalk-trust.example' },
      { name: 'Harborview City Archive: Ropewalk Company papers', url: 'https://archive.harborview.example/collections/ropewalk-company' },
    ],
    body: ropewalk,
  },
  {
    key: 'long-sea-wall',
    title: 'The wall that is losing: inside the decision to let the sea back into Gullhaven',
    dek: 'Harborview has 23 km of coastal defences and money to rebuild a fraction of them. For the first time, it has chosen to give ground. We spent a year with the engineers, residents and a farmer who may end up grazing the sea.',
    section: 'science',
    author: 'priya-raman',
    tags: ['climate', 'city-council', 'housing'],
    language: 'en',
    previously: ['sea-wall-vote', 'seagrass'],
    searchTerm: 'realignment',
    sources: [
      { name: 'Harborview City Council: Gullhaven frontage options appraisal', url: 'https://council.harborview.example/coastal-strategy/gullhaven-options' },
      { name: 'Coastal Adaptation Network', url: 'https://coastal-adaptation.example/reports/defend-delay-relocate' },
    ],
    body: seaWall,
  },
  {
    key: 'long-night-buses',
    title: 'A year on the night buses: who keeps Harborview moving between midnight and 5 a.m.',
    dek: 'Cleaners, nurses, bakers, dockers, students and one proposal at half past three in the morning: forty-one journeys through the city while it sleeps.',
    section: 'world',
    author: 'maya-okafor',
    tags: ['transit', 'health', 'budget'],
    language: 'en',
    previously: ['ferry-saved', 'tram-delay'],
    searchTerm: 'Abara-Whitlock',
    sources: [{ name: 'Harborview Regional Transit: night network review', url: 'https://hrt.harborview.example/reviews/night-network' }],
    body: nightBuses,
  },
  {
    key: 'long-economy',
    title: 'The Harborview economy in 10 tables: jobs, wages, rents, the port, startups, shops, commuters, visitors, emissions and the council’s own money, 2016–2026',
    dek: 'The city is richer than a decade ago, more unequal and much more expensive to live in. The numbers behind a year of our reporting, in one place.',
    section: 'business',
    author: 'elliot-hale',
    tags: ['budget', 'housing', 'shipping', 'startups'],
    language: 'en',
    previously: ['rent-index', 'port-automation', 'startup-rents', 'budget-2027'],
    searchTerm: 'TEU',
    sources: [
      { name: 'Harborview City Council: State of the Harborview economy', url: 'https://business.harborview.example/reports/state-of-the-economy-2026' },
      { name: 'Harborview Open Data: economic indicators', url: 'https://data.harborview.example/collections/economic-indicators' },
    ],
    body: economy,
  },
];
