/** English: business, technology, science, culture and sport in and around Harborview (all invented). */
import type { CorpusStory } from './types';

export const enLife: CorpusStory[] = [
  {
    key: 'bread-roses',
    title: 'Bread & Roses bakery opens a second shop — in a former bank vault',
    dek: 'Lucia Farrant’s sourdough bakery, which survived a fire next door last year, is taking over the old Coastal Savings branch on Millrace Parade.',
    section: 'business',
    author: 'elliot-hale',
    tags: ['small-business'],
    language: 'en',
    previously: ['tannery-fire-cause'],
    searchTerm: 'sourdough',
    heroImage: {
      url: 'https://images.harborview.example/2026/bread-roses-vault.jpg',
      alt: 'Loaves of sourdough on wooden shelves inside a room with a round steel vault door',
      caption: 'The vault door stays: it now guards the proving cupboard.',
      credit: 'Photo: Edge Courier',
    },
    sources: [{ name: 'Bread & Roses: “Our second home”', url: 'https://bread-and-roses.example/news/millrace?utm_source=courier&ref=a&b' }],
    body: `Bread & Roses, the Tannery Row bakery known for its seeded sourdough and its queue on Saturday mornings, will open a second shop on Millrace Parade in March.

The new shop is in the former Coastal Savings branch, which closed in 2023. The bank's walk-in vault, with its 40-centimetre steel door, will become a proving room where dough rises overnight.

> The vault keeps a steady 24 degrees without us doing anything. Bankers had no idea what they were sitting on.

Owner Lucia Farrant said the bakery would hire nine people and keep the same prices at both shops. Last year's fire in the warehouse next to the original shop closed it for eleven days; Ms Farrant said customers had “bought gift vouchers for bread they couldn't eat yet” to keep the business going.`,
  },
  {
    key: 'market-hall',
    title: 'Tannery Row market hall: 38 stalls, one roof and a rent of $1 a day for the first year',
    dek: 'The council wants the empty hall to be an incubator for food and craft businesses. Traders are queuing, but some want longer than a year.',
    section: 'business',
    author: 'elliot-hale',
    tags: ['small-business', 'city-council'],
    language: 'en',
    searchTerm: 'stallholders',
    sources: [{ name: 'Harborview Economic Development: market hall prospectus', url: 'https://business.harborview.example/market-hall/prospectus' }],
    body: `The Tannery Row market hall, empty since its last fishmonger left in 2021, will reopen in May with 38 stalls let for $1 a day for the first twelve months.

After that, rents will rise in steps to about $28 a day by the third year, still below the rate for a similar shop unit on Millrace Parade.

## Who can apply

- businesses that are less than three years old, or that have never had a permanent shop;
- food, drink, craft and repair businesses (no chain stores, no vape shops);
- stallholders must open at least five days a week, including Saturday.

The council received 212 expressions of interest in the first week. A panel including two existing traders will choose the first tenants in February.

Joseph Nakamura, who sells hot sauce from a van at weekend markets, said a year was too short to build a customer base. “You spend the first six months telling people you exist,” he said.`,
  },
  {
    key: 'shipping-route',
    title: 'New weekly freight route links Port Aldane and Nowa Przystań',
    dek: 'Baltmare Lines will call at both twin-city ports with a 1,100-container ship from March, cutting the journey from nine days to five.',
    section: 'business',
    author: 'tomasz-wierzbicki',
    tags: ['shipping', 'twin-cities'],
    language: 'en',
    searchTerm: 'Baltmare',
    sources: [{ name: 'Baltmare Lines service announcement', url: 'https://baltmare-lines.example/services/north-loop' }],
    body: `A weekly container service between Port Aldane and the Polish twin city of Nowa Przystań will start in March, the shipping company Baltmare Lines said on Wednesday.

The “North Loop” service will use a single 1,100-container ship and call at both ports every week. Until now, freight between the two has been transhipped at a hub further south, which takes about nine days. The direct route should take five.

Exporters of timber, furniture and frozen fish on both sides have lobbied for a direct route since the port cooperation agreement was signed. Baltmare said the service would be reviewed after six months.`,
  },
  {
    key: 'app-crash',
    title: 'City’s new 311 app crashed on launch day. Here’s what went wrong',
    dek: 'A login service built for 5,000 users met 61,000 in the first hour. The council says the fix is in; residents are not so sure.',
    section: 'technology',
    author: 'priya-raman',
    tags: ['city-council', 'artificial-intelligence'],
    language: 'en',
    searchTerm: 'HarborFix',
    sources: [
      { name: 'Harborview Digital Services incident report', url: 'https://digital.harborview.example/incidents/harborfix-launch' },
      { name: 'HarborFix status page', url: 'https://status.harborview.example/harborfix' },
    ],
    body: `HarborFix, the council's new app for reporting potholes, broken streetlights and missed bin collections, was unavailable for most of its launch day on Monday.

An incident report published by the council on Thursday says the app's login service was tested for 5,000 simultaneous users. In the first hour after the launch was announced on local radio, 61,000 people tried to sign up.

## Timeline (Monday)

| Time | What happened |
|---|---|
| 07:30 | Launch announced on Harbour FM breakfast show |
| 07:42 | Sign-up requests pass 5,000 a minute |
| 07:51 | Login service stops responding; app shows a blank screen |
| 09:15 | Engineers add capacity; sign-ups resume, then fail again |
| 13:40 | Sign-up paused; reporting without an account switched on |
| 18:05 | Service stable |

## What the council says it has changed

1. Reports can now be made without creating an account.
2. The login service can scale to 100,000 users.
3. Future launches will be staged by district.

> We built a front door for a village and then invited the whole city to walk through it at once.

Digital services director Anjali Coutinho said the first 24 hours still produced 4,800 reports, more than the old phone line receives in a month. The most common: potholes (1,912), followed by streetlights (806).`,
  },
  {
    key: 'drone-startup',
    title: 'Polytechnic spin-out Ferrule raises $6.5m for underwater inspection drones',
    dek: 'The Harborview startup’s drones crawl along ship hulls and sea walls looking for cracks, and the port is its first customer.',
    section: 'technology',
    author: 'priya-raman',
    tags: ['startups', 'shipping'],
    language: 'en',
    searchTerm: 'Ferrule',
    sources: [{ name: 'Ferrule Robotics press release', url: 'https://ferrule-robotics.example/news/seed-round' }],
    body: `Ferrule Robotics, founded two years ago by three researchers from Harborview Polytechnic, has raised $6.5 million to build more of its hull-crawling inspection drones.

The drones, about the size of a suitcase, attach to steel or concrete underwater with suction tracks and use sonar and cameras to map corrosion and cracks. Divers currently do most of this work, which is slow and dangerous in the harbour's cold, murky water.

## In numbers

- **14** drones built so far
- **3** customers: the Port of Harborview, Saltwater Ferries and the council's flood-defence team
- **22** staff, to grow to about 40 by next summer
- **4 hours** to survey a 200-metre sea wall, against about three days for a dive team

Co-founder Wen Saarinen said the company would stay in Harborview: “The harbour is our test tank. We would be mad to leave it.”`,
  },
  {
    key: 'heat-map',
    title: 'Brinefield is 4.1°C hotter than Kestrel Hill on summer nights, heat map shows',
    dek: 'Volunteers with thermometers on bicycles mapped the city’s heat islands. The hottest streets have the fewest trees and the most elderly residents.',
    section: 'science',
    author: 'priya-raman',
    tags: ['climate', 'health'],
    language: 'en',
    searchTerm: 'thermometers',
    sources: [
      { name: 'Harborview Polytechnic Urban Climate Lab: heat-mapping results', url: 'https://poly.harborview.example/urban-climate/heat-map-2026' },
      { name: 'Harborview Open Data: street tree inventory', url: 'https://data.harborview.example/datasets?id=street-trees' },
    ],
    body: `On the hottest night of July, the streets of Brinefield stayed 4.1°C warmer than the leafy avenues of Kestrel Hill, according to a heat map made by volunteers and the Urban Climate Lab at Harborview Polytechnic.

Forty-two volunteers cycled set routes at 10 p.m. on three summer nights with thermometers fixed to their handlebars, taking a reading every second. The lab combined 380,000 readings into a map of the whole city.

## Hottest and coolest districts (night-time, 22 July)

| District | Average temperature | Tree canopy |
|---|---:|---:|
| Brinefield | 27.3°C | 6% |
| Tannery Row | 26.9°C | 4% |
| Lower Quay | 26.1°C | 9% |
| Saltmarsh | 25.0°C | 15% |
| Old Ropewalk | 24.6°C | 18% |
| Kestrel Hill | 23.2°C | 31% |

The lab's director, Dr Teodora Balan, said the pattern matched studies elsewhere: streets with more asphalt, fewer trees and more parked cars hold the day's heat long after sunset. In Brinefield, one in five residents is over 70.[1]

> Heat does not make headlines the way floods do. It just quietly fills hospital beds.

The council's climate committee will use the map to choose where to plant 2,000 trees over the next three winters.[2]

## References

1. Harborview Census 2021, table AGE-04, by ward.
2. Harborview City Council, *Urban forest strategy 2027–2030*, draft for consultation.`,
  },
  {
    key: 'seagrass',
    title: 'Seagrass is coming back to the Saltmarsh flats, and nobody planted it',
    dek: 'Surveyors found 3.2 hectares of eelgrass where there was none five years ago. Cleaner water from the new sewage works is the likeliest reason.',
    section: 'science',
    author: 'priya-raman',
    tags: ['climate'],
    language: 'en',
    searchTerm: 'eelgrass',
    sources: [{ name: 'Coastal Ecology Survey: Saltmarsh intertidal report', url: 'https://coastal-ecology.example/surveys/saltmarsh-2026' }],
    body: `Meadows of eelgrass have reappeared on the mudflats off Saltmarsh, five years after the last survey found none, marine ecologists said this week.

The survey, carried out at low tide in August, mapped 3.2 hectares of seagrass in patches of up to 40 metres across. Nobody planted it: seeds probably drifted in from a meadow further along the coast.

Ecologist Ruth Okwuosa, who led the survey, said the most likely explanation was the upgrade of the Saltmarsh sewage works in 2023, which cut the nutrients reaching the bay by about two-thirds. Too many nutrients feed algae that cloud the water and block the light seagrass needs.

Seagrass stores carbon, shelters young fish and calms waves. The team will return in spring to see whether the meadows survived the winter storms.`,
  },
  {
    key: 'hospital-waits',
    title: 'A&E waits at Kestrel Hill Hospital: 1 in 4 patients waited over 4 hours in October',
    dek: 'The hospital says a new urgent treatment centre will help by spring. Paramedics say ambulances are queuing outside for up to three hours.',
    section: 'science',
    author: 'priya-raman',
    tags: ['health'],
    language: 'en',
    searchTerm: 'paramedics',
    sources: [{ name: 'Coastal Health Board performance data, October', url: 'https://health-board.coastal.example/performance/2026-10' }],
    body: `One in four patients at Kestrel Hill Hospital's emergency department waited more than four hours to be admitted, transferred or sent home in October, the worst month since records began in their current form.

| Month | Seen within 4 hours | Ambulance handovers over 1 hour |
|---|---:|---:|
| July | 81% | 96 |
| August | 79% | 120 |
| September | 77% | 158 |
| October | 74% | 231 |

The hospital says the main cause is a shortage of beds: on an average day in October, 64 patients who were well enough to leave were waiting for a care home place or a care package at home.

Paramedics told the Edge Courier that crews had waited up to three hours to hand patients over. A new urgent treatment centre on the hospital site, for injuries that are not life-threatening, is due to open in April.`,
  },
  {
    key: 'regatta',
    title: '⛵ Harborview Regatta: 212 boats, one capsize and a 14-year-old winner',
    dek: 'Isla Marchetti won the single-handed dinghy race in a boat her grandfather built in 1971.',
    section: 'sport',
    author: 'june-castellanos',
    tags: ['sailing'],
    language: 'en',
    searchTerm: 'Marchetti',
    sources: [{ name: 'Harborview Yacht Club results', url: 'https://hyc.harborview.example/regatta/2026/results' }],
    body: `A record 212 boats started the 63rd Harborview Regatta on Saturday, in a steady westerly that delighted the racers and disappointed nobody except the crew of a catamaran that capsized off North Pier (all four were back on board within minutes).

The youngest winner was Isla Marchetti, 14, who took the single-handed dinghy race in a wooden boat built by her grandfather, Renzo, in 1971.

## Class winners

| Class | Winner | Boat |
|---|---|---|
| Keelboats | Ana & Luke Brennan | *Second Wind* |
| Catamarans | Harborview Polytechnic SC | *Lab Rat* |
| Single-handed dinghy | Isla Marchetti | *Nonna Rosa* |
| Double-handed dinghy | Okafor / Duarte | *Tidy Sum* |
| Classic wooden boats | Edwin Strachan | *Mirren* |

> It's a heavy old thing, but it goes straight and it doesn't complain. Like my grandad.

Organisers said entries were up 18% on last year.`,
  },
  {
    key: 'mariners-derby',
    title: 'Mariners 2–2 Port Aldane: late equaliser keeps derby honours even',
    dek: 'Substitute Kofi Asante headed in with the last touch of the game after Port Aldane had come from behind.',
    section: 'sport',
    author: 'june-castellanos',
    tags: ['football'],
    language: 'en',
    searchTerm: 'Asante',
    sources: [{ name: 'Harborview Mariners match centre', url: 'https://mariners-fc.example/matches/2026-11-16-port-aldane' }],
    body: `Kofi Asante's header in the 94th minute earned Harborview Mariners a 2–2 draw against Port Aldane at the Quayside Ground on Sunday, in front of a sell-out crowd of 11,200.

The Mariners led through a Dani Fuentes penalty after twenty minutes, but Port Aldane scored twice in eight minutes after half-time. Asante, on for only six minutes, met a corner from Fuentes at the near post.

## Key moments

- 20' Fuentes penalty, 1–0
- 51' Holloway (Port Aldane), 1–1
- 59' Adeyemi-Clarke (Port Aldane), 1–2
- 88' Asante replaces Morrow
- 90+4' Asante header, 2–2

The draw leaves the Mariners fourth, two points off the promotion places.`,
  },
  {
    key: 'mariners-promotion',
    title: '🎉 Mariners clinch promotion with two games to spare',
    dek: 'A 3–0 win at Cresthaven sends Harborview up for the first time in 17 years. Fans are already asking about ticket prices.',
    section: 'sport',
    author: 'june-castellanos',
    tags: ['football', 'mariners-fc'],
    language: 'en',
    previously: ['mariners-derby'],
    searchTerm: 'Cresthaven',
    sources: [{ name: 'Harborview Mariners match centre', url: 'https://mariners-fc.example/matches/2027-04-26-cresthaven' }],
    body: `Harborview Mariners are promoted. A 3–0 win away at Cresthaven on Saturday, with goals from Dani Fuentes, Kofi Asante and an own goal, put them out of reach of the fourth-placed side with two games left.

About 1,900 away fans made the trip. The club said a parade along the harbour front would be held after the final home game, and that season-ticket prices for next season would be announced “after everyone has sobered up”.

It is the club's first promotion since 2010.`,
  },
  {
    key: 'marathon',
    title: 'Harborview Marathon 2026 — road closures, start times & where to watch',
    dek: 'Eleven thousand runners, 42.195 km, 19 road closures and one new route through the Old Ropewalk. Here is everything you need for Sunday.',
    section: 'sport',
    author: 'june-castellanos',
    tags: ['transit'],
    language: 'en',
    searchTerm: 'marathon',
    sources: [
      { name: 'Harborview Marathon race information', url: 'https://harborview-marathon.example/race-day' },
      { name: 'Harborview Regional Transit: race-day diversions', url: 'https://hrt.harborview.example/diversions/marathon-2026' },
    ],
    body: `## Start times

| Wave | Start | Expected finish |
|---|---|---|
| Wheelchair race | 08:45 | from 10:05 |
| Elite | 09:00 | from 11:10 |
| Wave A (sub 3:30) | 09:15 | 12:00–12:45 |
| Wave B | 09:35 | 12:45–13:45 |
| Wave C | 10:00 | 13:30–16:30 |

## Road closures

1. Harbour Road, North Pier to Weir Street: 06:00–14:00
2. Millrace Parade: 08:00–13:00
3. Old Ropewalk (all streets): 08:30–15:00
4. Brinefield Road, southbound only: 09:00–14:30

## Trams and buses

Tram Lines 2 and 4 run a Sunday timetable with extra trams from 07:00. Bus routes 6, 11 and 31 are diverted; the full list is on the transit agency's website.

## Where to watch

- **The Ropewalk arches** (km 14 and km 31): you can see the runners twice without moving.
- **Kestrel Hill** (km 24): the only real climb, and the loudest crowd.
- **The finish on North Pier**: grandstand seats are free but fill up by 11:00.

The course record is 2:09:41. The organisers have promised a new ice-cream van at the finish, “because of the complaints”.`,
  },
  {
    key: 'library-amnesty',
    title: 'Library amnesty brings back 1,200 overdue books, one borrowed in 1987',
    dek: 'A copy of a sailing manual returned to the Old Ropewalk branch had been out for 39 years. The fine would have been $2,847.',
    section: 'culture',
    author: 'june-castellanos',
    tags: ['arts'],
    language: 'en',
    searchTerm: 'overdue',
    sources: [{ name: 'Harborview Libraries', url: 'https://libraries.harborview.example/news/amnesty-results' }],
    body: `A month-long fines amnesty has brought 1,214 overdue items back to Harborview's libraries, including a sailing manual borrowed from the Old Ropewalk branch in March 1987.

The book, *Small Boat Handling in Coastal Waters*, was returned anonymously with a note that read: “Sorry. Learned to sail. Very useful.” At the old rate of 20 cents a day, the fine would have reached $2,847.

Librarians said they would put the book on display, note included.`,
  },
  {
    key: 'ropewalk-festival',
    title: 'Ropewalk Festival announces its lineup: brass, bagpipes and a 40-piece choir of dockers',
    dek: 'The free weekend festival returns to the Old Ropewalk on 12–13 July with 60 acts on five stages.',
    section: 'culture',
    author: 'june-castellanos',
    tags: ['arts'],
    language: 'en',
    searchTerm: 'bagpipes',
    sources: [{ name: 'Ropewalk Festival programme', url: 'https://ropewalk-festival.example/2027/programme' }],
    body: `The Ropewalk Festival has announced sixty acts for its tenth edition, on 12 and 13 July.

## Highlights

- **The Quayside Brass Collective**, who played the opening of the new ferry terminal, close Saturday on the main stage.
- **Tartan & Tide**, a bagpipe-and-electronics duo from Port Aldane, play the first late-night set in the festival's history.
- **The Terminal 3 Choir**, forty dockers and crane drivers who started singing together during the night shift.
- A children's stage run by the Saltmarsh Youth Theatre, with shows every hour.

The festival is free. Organisers say they will introduce timed entry to the main street on Saturday evening for the first time, after last year's crowds.`,
  },
  {
    key: 'review-tidewater',
    title: 'Review: “Tidewater” at the Harbour Playhouse is a family drama with the sea as its loudest character',
    dek: 'Mireille Osei-Bonsu’s new play about three sisters and a failing oyster farm is uneven but unforgettable. ★★★★☆',
    section: 'culture',
    author: 'june-castellanos',
    tags: ['arts'],
    language: 'en',
    searchTerm: 'oyster',
    sources: [{ name: 'Harbour Playhouse: Tidewater', url: 'https://harbour-playhouse.example/whats-on/tidewater' }],
    body: `The sea is never off stage in *Tidewater*. It hisses under every scene, rises through the floorboards in the second act, and gets the last word, literally, in a closing sound design that left the audience on Friday night silent for a good five seconds before anyone dared to clap.

Mireille Osei-Bonsu's play follows three sisters who inherit their father's oyster farm on the estuary in the year the water turns too warm for the oysters. The eldest, Dee (a flinty Hannah Kovalenko), wants to sell; the youngest, Jo (Precious Adu), wants to farm seaweed instead; the middle sister, Maggie (Sinéad Burke-Lyons), mostly wants everybody to stop shouting.

## What works

- The design. Ola Lindgren's set is a tilted wooden jetty that the actors climb as it floods.
- Kovalenko, who makes a difficult woman entirely understandable.
- A ten-minute scene in the second act, in which two sisters shuck oysters and say nothing true for as long as possible.

## What doesn't

- The first act is too long by a good twenty minutes.
- A subplot about a developer feels borrowed from another, lesser play.

> “You can't argue with a tide. You can only stand somewhere else.”

*Tidewater* runs until 14 March. Tickets from $18; Thursday matinees are pay-what-you-can.`,
  },
  {
    key: 'museum-anchor',
    title: 'Museum raises 3-tonne anchor from the harbour floor after 150 years',
    dek: 'Divers think it belonged to the Margarethe Ahlgren, a timber barque that broke her moorings in the great gale of 1876.',
    section: 'culture',
    author: 'june-castellanos',
    tags: ['arts', 'shipping'],
    language: 'en',
    searchTerm: 'barque',
    sources: [{ name: 'Harborview Maritime Museum', url: 'https://maritime-museum.harborview.example/news/anchor' }],
    body: `An iron anchor weighing about three tonnes has been lifted from the floor of the outer harbour, where it lay for an estimated 150 years.

Divers from the Harborview Maritime Museum believe it came from the *Margarethe Ahlgren*, a timber barque from the Baltic that broke her moorings in the gale of October 1876 and was driven onto the rocks below Kestrel Hill. All eleven crew survived.

The anchor will spend two years in a tank of fresh water to draw out the salt before it goes on display.`,
  },
  {
    key: 'energy-co-op',
    title: 'Residents of Saltmarsh estate form energy co-op to put solar panels on 14 tower blocks',
    dek: 'Members will own the panels and sell cheap power to their neighbours. The first roof goes up in April if a $2.2m loan is approved.',
    section: 'business',
    author: 'elliot-hale',
    tags: ['energy', 'climate', 'housing'],
    language: 'en',
    searchTerm: 'co-op',
    sources: [
      { name: 'Saltmarsh Community Energy share offer', url: 'https://saltmarsh-energy.example/share-offer' },
      { name: 'Harborview Climate Fund decision notice', url: 'https://council.harborview.example/climate-fund/decisions/2026-12' },
    ],
    body: `Residents of the Saltmarsh estate have set up a community energy co-operative to install solar panels on all fourteen of the estate's tower blocks, and to sell the electricity they produce to their neighbours at below-market prices.

Saltmarsh Community Energy has 412 members so far, each holding at least one $50 share. It has asked the council's climate fund for a $2.2 million loan to cover the rest of the cost.

| | Per block | All 14 blocks |
|---|---:|---:|
| Panels | 180 | 2,520 |
| Peak output | 72 kW | 1.0 MW |
| Expected yearly output | 68 MWh | 950 MWh |
| Homes' yearly demand covered | 22% | 22% |

Ayesha Begum, who chairs the co-op and lives on the ninth floor of Heron House, said members had spent two years knocking on doors. “Half the people we spoke to thought we were selling something. The other half wanted to know when they could start.”`,
  },
  {
    key: 'weekend-guide',
    title: 'This weekend: five things to do in Harborview',
    dek: 'A night market, a bookbinding class, a free organ recital, a beach clean and a film about lighthouse keepers.',
    section: 'culture',
    author: null,
    tags: ['arts'],
    language: 'en',
    searchTerm: 'bookbinding',
    sources: [{ name: 'Visit Harborview events calendar', url: 'https://visit.harborview.example/events?week=2026-47' }],
    body: `1. **Night market, Tannery Row** (Friday, 17:00–22:00). Forty stalls, mostly food, and a brass band at 20:00.
2. **Bookbinding for beginners, Old Ropewalk library** (Saturday, 10:00). Free, but book a place; materials provided.
3. **Organ recital, St. Nicholas by the Harbour** (Saturday, 13:00). Lunchtime Bach, free, with a collection for the roof.
4. **Beach clean, Gullhaven** (Sunday, 09:30). Gloves and bags provided; tea afterwards.
5. **“The Keepers”, Harbour Picturehouse** (Sunday, 18:00). A documentary about the last lighthouse keepers of the coast, with a Q&A with the director.`,
  },
  {
    key: 'cycle-lanes',
    title: 'Protected cycle lanes cut injuries by 38% on Millrace Parade, two-year study finds',
    dek: 'The number of people cycling has doubled since the kerbs went in; shopkeepers’ fears about trade have not come true, the data suggests.',
    section: 'science',
    author: 'priya-raman',
    tags: ['transit', 'health'],
    language: 'en',
    searchTerm: 'kerbs',
    sources: [{ name: 'Harborview Polytechnic Transport Research Group', url: 'https://poly.harborview.example/transport/millrace-evaluation' }],
    body: `Injuries to people walking and cycling on Millrace Parade fell by 38% in the two years after the council installed protected cycle lanes, a study by Harborview Polytechnic has found.

## Before and after

| Measure | 2 years before | 2 years after | Change |
|---|---:|---:|---:|
| People cycling per day | 1,150 | 2,310 | +101% |
| Injuries (walking and cycling) | 29 | 18 | −38% |
| Average vehicle speed | 41 km/h | 33 km/h | −20% |
| Card spending in shops | index 100 | index 104 | +4% |

Shopkeepers had warned that removing parking would drive customers away. Card spending data supplied by a bank, adjusted for inflation, rose slightly faster on Millrace Parade than across the city as a whole.

The researchers cautioned that two years is a short period and that injury numbers on a single street are small enough to be affected by chance.`,
  },
  {
    key: 'lighthouse-sale',
    title: 'For sale: one lighthouse, slightly used, no keeper',
    dek: 'The Gullhaven Point light has been automated since 1989. The maritime authority wants $450,000 and a buyer who will keep the lamp lit.',
    section: 'business',
    author: 'elliot-hale',
    tags: ['shipping', 'small-business'],
    language: 'en',
    searchTerm: 'gorse',
    sources: [{ name: 'Coastal Maritime Authority property disposals', url: 'https://maritime-authority.coastal.example/disposals/gullhaven-point' }],
    body: `The Coastal Maritime Authority is selling the Gullhaven Point lighthouse, with its keeper's cottage and an acre of gorse, for offers over $450,000. The buyer must allow the authority access to maintain the light, which still guides ships into the harbour, and may not paint the tower any colour but white. The authority says it has had 300 enquiries, “about a third of them serious”.`,
  },
  {
    key: 'ai-translation',
    title: 'Council pauses AI translation of public notices after Polish residents spot errors',
    dek: 'A notice about a water supply interruption told Polish readers their water would be “interrupted by a herring”. Ukrainian notices had problems too.',
    section: 'technology',
    author: 'priya-raman',
    tags: ['artificial-intelligence', 'city-council', 'twin-cities'],
    language: 'en',
    searchTerm: 'herring',
    sources: [{ name: 'Harborview Digital Services statement', url: 'https://digital.harborview.example/statements/translation-pause' }],
    body: `Harborview City Council has stopped using machine translation for public notices after residents found errors in notices translated into Polish and Ukrainian.

The most widely shared mistake was in a notice about a planned water supply interruption on Weir Street. Its Polish version said the water would be “interrupted by a herring” instead of “interrupted for a period”. A Ukrainian notice about bin collections gave the wrong day of the week.

The council had used an automated service for notices in seven languages since June, to save about $40,000 a year in translation fees. It said a professional translator would now review every notice before it was published, and that it would publish a list of corrected notices.

Zofia Kędzierska, who runs a Polish-language advice session at the Tannery Row library, said people had stopped trusting the notices. “When one is wrong, you wonder which other ones are wrong.”`,
  },
  {
    key: 'sea-wall-vote',
    title: 'Council chooses “managed retreat” for part of Gullhaven’s sea wall',
    dek: 'Instead of rebuilding 600 metres of failing wall, the city will let the sea flood a field and buy out four homes. It is the first time Harborview has chosen to give ground.',
    section: 'science',
    author: 'priya-raman',
    tags: ['climate', 'city-council', 'housing'],
    language: 'en',
    searchTerm: 'retreat',
    sources: [
      { name: 'Harborview Coastal Strategy, Gullhaven options appraisal', url: 'https://council.harborview.example/coastal-strategy/gullhaven-options' },
      { name: 'Gullhaven Residents’ Association', url: 'https://gullhaven-residents.example/sea-wall' },
    ],
    body: `Harborview City Council has decided not to rebuild a 600-metre stretch of failing sea wall at Gullhaven, and instead to let the sea flood the low-lying field behind it, creating a new saltmarsh.

Rebuilding the wall to withstand the storms expected by 2070 would cost about $41 million. Letting it go, building a smaller embankment further inland and buying four homes that would be at risk will cost about $12 million.

## The options the council weighed

| Option | Cost | Homes protected | Homes bought out |
|---|---:|---:|---:|
| Rebuild the wall on its current line | $41m | 37 | 0 |
| Raise the existing wall by 1 m | $23m | 37 | 0 (for about 25 years) |
| Managed realignment (chosen) | $12m | 33 | 4 |
| Do nothing | $0 | 0 (by about 2045) | 0 |

The four households will be offered the pre-flood-risk market value of their homes plus 15%. Two have said they will accept.

> We are not losing a wall. We are gaining a marsh that will soak up the next storm for us.

That was the view of Councillor Rosalind Achterberg. Members of the Gullhaven Residents’ Association were less convinced. Their chair, Malcolm Tierney, said the decision set “a precedent every seaside street in this city should be worried about”.`,
  },
  {
    key: 'repair-cafe',
    title: 'The repair café that fixed 3,000 things',
    dek: 'Volunteers in the Old Ropewalk have mended toasters, trousers and one very old accordion. They keep a spreadsheet of every repair.',
    section: 'culture',
    author: 'june-castellanos',
    tags: ['small-business', 'climate'],
    language: 'en',
    searchTerm: 'accordion',
    sources: [{ name: 'Ropewalk Repair Café', url: 'https://ropewalk-repair.example/log' }],
    body: `The Ropewalk Repair Café fixed its 3,000th item on Saturday: a 1960s table lamp, rewired in about twenty minutes by a retired electrician named Felix Oduya.

The café opens on the first Saturday of each month in the community centre. Volunteers record every repair in a spreadsheet, and the totals since 2019 show what breaks most often.

| Category | Items brought in | Fixed |
|---|---:|---:|
| Small electricals | 1,420 | 61% |
| Clothes and textiles | 910 | 88% |
| Bicycles | 380 | 79% |
| Furniture | 210 | 83% |
| Toys | 160 | 70% |
| Other (including one accordion) | 120 | 55% |

The accordion took three visits and a part ordered from Italy. Its owner, Wiesława Nowak, played it for the volunteers when it was done.`,
  },
  {
    key: 'startup-rents',
    title: 'Startups are leaving the Lower Quay: rents doubled, free coffee did not',
    dek: 'Three of the district’s best-known young tech firms have moved to Brinefield in a year. Landlords say the offices fill up anyway.',
    section: 'business',
    author: 'elliot-hale',
    tags: ['startups', 'housing'],
    language: 'en',
    previously: ['rent-index'],
    searchTerm: 'coworking',
    sources: [{ name: 'Harborview Commercial Property Monitor, Q3', url: 'https://property-monitor.harborview.example/q3-2026' }],
    body: `Office rents on the Lower Quay have doubled since 2023, and the startups that made the district fashionable are starting to leave.

Ferrule Robotics, the payroll app Tallyman and the food-delivery cooperative Oar & Fork have all moved to converted warehouses in Brinefield in the past year. Average asking rents there are about half those on the quay.

The district's largest coworking operator said occupancy was still above 90%, with law firms and a bank taking the space young companies gave up. “The quay isn't emptying,” said its manager. “It's getting older.”`,
  },
  {
    key: 'bus-ai-routing',
    title: 'Demand-responsive minibuses in Saltmarsh: 9,000 trips in the first month',
    dek: 'Riders book by app or phone, and software works out the route. Older residents like it most, to the surprise of the people who designed it.',
    section: 'technology',
    author: 'priya-raman',
    tags: ['transit', 'artificial-intelligence'],
    language: 'en',
    previously: ['tram-vote', 'tram-delay'],
    searchTerm: 'minibuses',
    sources: [{ name: 'Harborview Regional Transit: Saltmarsh Flex trial', url: 'https://hrt.harborview.example/projects/saltmarsh-flex' }],
    body: `A trial of on-demand minibuses in Saltmarsh carried 9,030 passengers in its first month, Harborview Regional Transit said on Wednesday.

Six minibuses serve the estate and the nearest tram stop. Passengers book a trip by app or by phone, and the software groups bookings into shared routes. The average wait was eleven minutes.

## Who uses it

- 44% of trips were made by people over 65.
- 31% of bookings were made by phone rather than app.
- The busiest hour was 10:00–11:00, not the morning rush.

The trial will run until the tram extension opens, now expected in 2029.`,
  },
];
