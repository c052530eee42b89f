/** English: city hall, transit, housing and public safety in Harborview (all invented). */
import type { CorpusStory } from './types';

export const enCity: CorpusStory[] = [
  {
    key: 'tram-vote',
    title: 'Council approves $214m tram extension to Saltmarsh after seven-hour debate',
    dek: 'Line 4 will run 3.8 km past the old tannery district to the Saltmarsh estate, the first new tram track in Harborview for three decades.',
    section: 'world',
    author: 'maya-okafor',
    tags: ['city-council', 'transit', 'budget'],
    language: 'en',
    searchTerm: 'Achterberg',
    sources: [
      { name: 'Harborview City Council — meeting of 14 October, minutes', url: 'https://council.harborview.example/meetings/2026-10-14/minutes' },
      { name: 'Harborview Regional Transit: Line 4 business case', url: 'https://hrt.harborview.example/projects/line-4/business-case.pdf' },
    ],
    body: `Harborview City Council voted 31 to 17 on Tuesday night to extend tram Line 4 from Tannery Row to the Saltmarsh estate, ending a dispute that has outlasted two mayors and one transit director.

The $214 million project will add 3.8 kilometres of double track and six stops. Construction is due to begin next autumn, with the first passengers expected in 2028.

## What was approved

- six new stops, including one at the Saltmarsh health centre;
- a depot for eight trams on the former bus garage site on Weir Street;
- a protected cycle lane along the full length of the route;
- a 24-month construction window for Brinefield Road, with one lane open at all times.

## How the money adds up

| Source | Amount | Share |
|---|---:|---:|
| Regional transport grant | $128.4m | 60% |
| City borrowing | $53.5m | 25% |
| Developer contributions | $21.4m | 10% |
| Harborview Regional Transit reserves | $10.7m | 5% |
| **Total** | **$214.0m** | **100%** |

> People in Saltmarsh have been told “next budget” for twenty-six years. Tonight that stopped being true.

That was Councillor Rosalind Achterberg, who chairs the transport committee and has pushed for the extension since she was first elected. Opponents argued that the same money could buy forty electric buses and serve more neighbourhoods sooner. Councillor Bridget Lomax called the business case “optimistic about everything except the cost” and warned that interest rates had risen since it was written.[1]

The council also agreed to publish quarterly cost reports, a condition added late in the evening after a cross-party amendment.[2]

## References

1. Harborview Regional Transit, *Line 4 extension: outline business case*, section 7 (risk), pp. 88–93.
2. Amendment 3 to item 9, moved by Cllr Emeka Duarte and Cllr Bridget Lomax, carried 44–4.`,
  },
  {
    key: 'tram-contract',
    title: 'Brightrail–Kessel consortium wins Line 4 tram contract',
    dek: 'The joint venture beat two rivals with a bid $9 million under the council’s estimate, but it must build the Weir Street depot first.',
    section: 'business',
    author: 'elliot-hale',
    tags: ['transit', 'city-council'],
    language: 'en',
    previously: ['tram-vote'],
    searchTerm: 'Brightrail',
    sources: [{ name: 'Harborview Regional Transit procurement notice HRT-2026-117', url: 'https://hrt.harborview.example/procurement/HRT-2026-117' }],
    body: `A consortium of Brightrail Civil and the engineering firm Kessel & Daughters has won the contract to build the Saltmarsh tram extension, Harborview Regional Transit announced on Monday.

The winning bid of $187.2 million for the civil works came in below the transit agency's own estimate of $196 million. The agency said the consortium scored highest on both price and its plan for keeping Brinefield Road open during construction.

## The three bids

| Bidder | Price | Quality score (of 60) | Total (of 100) |
|---|---:|---:|---:|
| Brightrail–Kessel | $187.2m | 48 | 88.0 |
| Marren Infrastructure Group | $191.9m | 51 | 87.1 |
| Coastline Rail Partners | $203.5m | 44 | 78.8 |

Under the contract, the consortium must finish the Weir Street depot before it digs up a single metre of street. Transit officials said this was a lesson from the Line 2 works in the 1990s, when new trams sat in a borrowed shed for fourteen months.

Marren Infrastructure Group has ten days to challenge the award. A spokesperson said the company was “studying the scoring” and would decide this week.`,
  },
  {
    key: 'tram-delay',
    title: 'Saltmarsh tram opening slips to 2029 after ground surveys find old tannery pits',
    dek: 'Contaminated soil under Brinefield Road must be dug out and treated before any track is laid, adding eleven months and up to $17 million.',
    section: 'world',
    author: 'maya-okafor',
    tags: ['transit', 'budget', 'climate'],
    language: 'en',
    previously: ['tram-vote', 'tram-contract'],
    searchTerm: 'chromium',
    sources: [
      { name: 'Harborview Regional Transit board papers, November', url: 'https://hrt.harborview.example/board/2026-11/papers' },
      { name: 'Ground investigation summary (Brinefield Road)', url: 'https://hrt.harborview.example/projects/line-4/ground-investigation' },
    ],
    body: `The opening of the Line 4 tram extension will be delayed by about a year after engineers found buried tanning pits, and soil laced with chromium, along a 400-metre stretch of Brinefield Road.

Surveyors drilled 212 boreholes over the summer. Thirty-one of them hit timber-lined pits that tanneries used until the 1930s, most of them missing from any map the city holds.

## What changes

1. The first trams to Saltmarsh are now expected in spring 2029 rather than spring 2028.
2. The contaminated soil, an estimated 26,000 tonnes, will be taken to a licensed site inland.
3. The Weir Street depot is not affected and will be built on the original schedule.

> We knew the tanneries were there. We did not know they had left quite so much of themselves behind.

Transit director Colm Ferreira told the board that the cost of the clean-up would come from the project's contingency fund, which stands at $19 million. Councillor Bridget Lomax, who voted against the extension, said the delay proved the original timetable had been “a wish, not a plan”.

Residents of Brinefield Road will be invited to drop-in sessions at the Tannery Row library on 3 and 5 December.`,
  },
  {
    key: 'rent-index',
    title: 'Rents up 12.4% in a year, the fastest rise since the city began counting',
    dek: 'A new council index puts the average two-bedroom rent at $1,960 a month; Lower Quay and Gullhaven rose fastest, Kestrel Hill barely moved.',
    section: 'business',
    author: 'elliot-hale',
    tags: ['housing', 'budget'],
    language: 'en',
    searchTerm: 'Carvalho',
    sources: [
      { name: 'Harborview Open Data: private rent index, Q3', url: 'https://data.harborview.example/datasets?id=rent-index&quarter=2026-q3' },
      { name: 'Harborview Tenants’ Union briefing', url: 'http://tenants-union.harborview.example/briefings/rent-q3' },
    ],
    body: `Private rents in Harborview rose by 12.4% in the year to September, according to the first full year of data from the council's rent index, published on Thursday.

The index is built from 9,400 tenancies registered with the council's deposit scheme. Officials say it is the most complete picture of the city's rental market yet, because it includes renewals as well as new lets.

## By district

| District | Average 2-bed rent | Change in a year |
|---|---:|---:|
| Lower Quay | $2,140 | +17.9% |
| Gullhaven | $1,880 | +16.2% |
| Tannery Row | $1,790 | +13.5% |
| Brinefield | $1,610 | +11.0% |
| Old Ropewalk | $2,320 | +8.7% |
| Saltmarsh | $1,420 | +7.9% |
| Kestrel Hill | $2,050 | +1.6% |
| **City average** | **$1,960** | **+12.4%** |

## Why Lower Quay

Estate agents point to the new ferry terminal and the conversion of two warehouses into offices, which brought about 1,100 jobs within walking distance. The Tenants’ Union says the bigger cause is the loss of about 300 flats to short-term holiday lets since 2024.

> When a one-bedroom flat on the quay costs more than my mother's mortgage did, something has broken.

Ines Carvalho, a nurse at Kestrel Hill Hospital who rents in Lower Quay, said she had moved twice in three years and was now looking outside the city.

The council will debate whether to seek powers to cap rent increases at its December meeting.`,
  },
  {
    key: 'rent-cap-qa',
    title: 'Q&A: would a 5% cap on rent rises work in Harborview?',
    dek: 'The council will ask the regional government for the power to cap rent increases. Here is what is proposed, who supports it and what the evidence says.',
    section: 'business',
    author: 'elliot-hale',
    tags: ['housing', 'city-council'],
    language: 'en',
    previously: ['rent-index'],
    searchTerm: 'landlords',
    sources: [
      { name: 'Council report: options for rent stabilisation', url: 'https://council.harborview.example/reports/rent-stabilisation-options' },
      { name: 'Coastal Policy Institute, “Rent caps: a review of 40 cities”', url: 'https://coastal-policy.example/papers/rent-caps-review' },
    ],
    body: `## What exactly is proposed?

A cap of 5% a year on rent increases for existing tenants, with no limit on the rent a landlord can set between tenancies. New buildings would be exempt for fifteen years.

## Can the council just do it?

No. Rent law is set by the regional assembly. The council can only ask for the power, and the assembly has refused similar requests from two other cities.

## Who is for and against?

- **For:** the Tenants’ Union, the nurses' and teachers' unions, and 24 of 48 councillors, according to a count by this newspaper.
- **Against:** the Harborview Landlords Association, the Chamber of Commerce and most of the opposition group.
- **Undecided:** the eight independent councillors, who hold the balance.

## What does the evidence say?

The council's own report summarises studies from forty cities. Caps slowed rent rises for sitting tenants almost everywhere they were tried. In about half of the cities, landlords sold or converted flats, so the number of homes to rent fell.[1]

> A cap protects the people who already have a flat. It does very little for the people still looking for one.

That was the conclusion of Dr Amara Lindqvist, who wrote the review for the Coastal Policy Institute.[2]

## When will we know?

The council votes on 11 December. If it agrees, the request goes to the regional assembly in the new year.

## References

1. Harborview City Council, *Options for rent stabilisation*, table 4.
2. A. Lindqvist, *Rent caps: a review of 40 cities*, Coastal Policy Institute working paper 26/3.`,
  },
  {
    key: 'rent-cap-vote',
    title: 'Council asks region for rent-cap powers by a single vote',
    dek: 'Independents split 5–3 and the request passed 25–23; landlords say they will lobby the assembly to reject it.',
    section: 'world',
    author: 'maya-okafor',
    tags: ['housing', 'city-council'],
    language: 'en',
    previously: ['rent-index', 'rent-cap-qa'],
    searchTerm: 'Pemberton',
    sources: [{ name: 'Harborview City Council — meeting of 11 December, recorded votes', url: 'https://council.harborview.example/meetings/2026-12-11/votes' }],
    body: `Harborview will ask the regional assembly for the power to cap rent increases, after the city council backed the request by 25 votes to 23 on Thursday.

The decisive votes came from five of the eight independent councillors. One of them, Councillor Hugh Pemberton, said he had changed his mind after a constituent showed him a letter announcing a 31% rise.

The Harborview Landlords Association said it would ask its members to write to every regional representative before the assembly debates the request in February.`,
  },
  {
    key: 'ferry-saved',
    title: 'Night ferry to Gullhaven saved — for one more winter',
    dek: 'A last-minute grant from the port keeps the 23:40 crossing running until April; after that, nobody has a plan.',
    section: 'world',
    author: 'maya-okafor',
    tags: ['transit', 'shipping'],
    language: 'en',
    searchTerm: 'Saltwater',
    sources: [{ name: 'Saltwater Ferries timetable notice', url: 'https://saltwater-ferries.example/notices/winter-timetable' }],
    body: `The last ferry of the night between North Pier and Gullhaven will keep running until April, after the Port of Harborview agreed to cover the $380,000 the operator says it loses on the route each winter.

Saltwater Ferries had announced in September that the 23:40 crossing would stop at the end of October. About 140 people use it on a typical weeknight, most of them hospital and hotel workers finishing late shifts.

The port's grant only covers this winter. A council working group will report in March on whether the crossing can be folded into the regional transit contract.`,
  },
  {
    key: 'bin-day',
    title: 'Bin day moves to Tuesday 🗑️ in three districts from January',
    dek: 'Collections in Brinefield, Saltmarsh and Tannery Row are being reorganised around the new recycling depot.',
    section: 'world',
    author: null,
    tags: ['city-council'],
    language: 'en',
    searchTerm: 'recycling',
    sources: [{ name: 'Harborview Waste Services', url: 'https://waste.harborview.example/collections/2027-changes' }],
    body: `From the week of 6 January, household waste and recycling in Brinefield, Saltmarsh and Tannery Row will be collected on Tuesdays instead of Thursdays. Garden waste stays on Fridays. Residents will get a new calendar through the door before Christmas, and the council's collection finder has already been updated.`,
  },
  {
    key: 'tannery-fire',
    title: 'Fire at Tannery Row warehouse: 40 residents evacuated overnight',
    dek: 'Crews from four stations fought the blaze for five hours; nobody was hurt, but the flats above the neighbouring bakery are empty until the building is declared safe.',
    section: 'world',
    author: 'desmond-achebe-ward',
    tags: ['public-safety'],
    language: 'en',
    searchTerm: 'evacuated',
    sources: [{ name: 'Harborview Fire & Rescue incident log', url: 'https://fire.harborview.example/incidents/2026-11-02-tannery-row' }],
    body: `About forty residents of Tannery Row spent the night in the Ropewalk community centre after fire broke out in a disused warehouse shortly after 1 a.m. on Sunday.

Harborview Fire & Rescue sent eleven engines and an aerial ladder from four stations. The fire was under control by 6 a.m. Nobody was injured.

## What we know

- The warehouse, at 18 Tannery Row, had been empty since the spring and was due to be converted into flats.
- Residents of numbers 14 to 22 were evacuated as a precaution; those at 14 and 16 have been allowed home.
- The flats above the Bread & Roses bakery at number 20 remain closed while engineers check a shared wall.

## What we don't know

- What started the fire. Investigators will begin work once the building is safe to enter.
- How long the bakery will stay shut. Its owner, Lucia Farrant, said she hoped to reopen “in days, not weeks”.

> I woke up because the dog would not stop barking. Then I saw the orange light on the ceiling.

Tomás Reilly, 67, who has lived above the bakery for nineteen years, said the firefighters had been “calm and unbelievably kind” as they led residents down the back stairs.`,
  },
  {
    key: 'tannery-fire-cause',
    title: 'Faulty e-bike charger caused Tannery Row warehouse fire, investigators say',
    dek: 'The fire service says a squatter’s charger overheated in a room with no smoke alarm; it is urging landlords of empty buildings to check them weekly.',
    section: 'world',
    author: 'desmond-achebe-ward',
    tags: ['public-safety'],
    language: 'en',
    previously: ['tannery-fire'],
    searchTerm: 'charger',
    sources: [{ name: 'Harborview Fire & Rescue: fire investigation summary', url: 'https://fire.harborview.example/investigations/2026-031' }],
    body: `The fire that gutted a warehouse on Tannery Row this month started when a cheap battery charger for an electric bike overheated, the fire service said on Friday.

Investigators found the remains of the charger and two batteries in a ground-floor room that someone had been sleeping in. The person has not been found, and the fire service said there was no suggestion the fire was started on purpose.

Harborview has had nine fires caused by e-bike and e-scooter batteries this year, up from three last year.

## Advice from the fire service

1. Charge batteries only with the charger that came with them.
2. Do not charge overnight or while you are out.
3. Never charge on an escape route, such as a hallway or the bottom of the stairs.
4. Fit a smoke alarm in any room where you charge a battery.

Bread & Roses, the bakery next door, reopened on Wednesday.`,
  },
  {
    key: 'budget-2027',
    title: 'Budget 2027: where every $100 of council tax goes',
    dek: 'Social care takes more than a third, the trams take less than you might think, and the library service gets its first increase in nine years.',
    section: 'business',
    author: 'elliot-hale',
    tags: ['budget', 'city-council'],
    language: 'en',
    searchTerm: 'paddling',
    sources: [
      { name: 'Harborview City Council: draft budget 2027', url: 'https://council.harborview.example/budget/2027/draft' },
      { name: 'Harborview Open Data: spending by service', url: 'https://data.harborview.example/datasets?id=spend-by-service&year=2027' },
    ],
    body: `The council's draft budget for 2027, published on Monday, plans to spend $1.27 billion, up 4.1% on this year. Council tax would rise by 4.99%, the most allowed without a referendum.

Here is how each $100 of council tax would be spent.

| Service | Of every $100 | Change on 2026 |
|---|---:|---:|
| Adult social care | $36.20 | +$1.90 |
| Children's services | $21.40 | +$0.60 |
| Waste and street cleaning | $9.80 | −$0.30 |
| Transport and roads | $8.10 | −$0.40 |
| Housing and homelessness | $7.30 | +$0.80 |
| Parks, sport and leisure | $4.60 | −$0.20 |
| Libraries and culture | $2.90 | +$0.30 |
| Debt interest | $5.20 | −$1.40 |
| Everything else | $4.50 | −$1.30 |

## Winners

- **Libraries** get $1.1 million more, enough to restore Saturday afternoon opening at all eleven branches.
- **Homelessness** services get $4.2 million more, mainly for temporary housing.

## Losers

- **Street lighting** will be dimmed by 30% between midnight and 5 a.m. on residential streets, saving about $600,000.
- **Parks**: two paddling pools, at Millrace and Kestrel Hill, will not reopen next summer.

> This is a budget that keeps the lights on. Slightly dimmer lights, admittedly.

The council's finance chief, Councillor Yusuf Okonedo, said the budget relied on $31 million of reserves and could not be repeated in 2028 without deeper cuts. The full council votes on 26 February.`,
  },
  {
    key: 'budget-library-hours',
    title: 'Saturday afternoons are back at all 11 libraries',
    dek: 'The budget’s $1.1m for libraries survived the final vote, and the branches will open until 5 p.m. from March.',
    section: 'culture',
    author: 'june-castellanos',
    tags: ['budget', 'arts'],
    language: 'en',
    previously: ['budget-2027'],
    searchTerm: 'branches',
    sources: [{ name: 'Harborview Libraries', url: 'https://libraries.harborview.example/news/saturday-hours' }],
    body: `All eleven of Harborview's library branches will open until 5 p.m. on Saturdays from 1 March, after the council approved the budget on Thursday without changes to the library service. Branches have closed at 1 p.m. on Saturdays since 2019. The library service will hire fourteen part-time assistants to cover the extra hours.`,
  },
  {
    key: 'kestrel-school',
    title: 'Kestrel Hill Primary to close in July as pupil numbers fall',
    dek: 'The school has 96 pupils for 210 places. Parents, who fought the plan for a year, say the walk to the nearest alternative crosses a four-lane road.',
    section: 'world',
    author: 'maya-okafor',
    tags: ['schools', 'city-council'],
    language: 'en',
    searchTerm: 'pupils',
    sources: [{ name: 'Harborview Education Committee: school places review', url: 'https://council.harborview.example/education/school-places-review-2026' }],
    body: `Kestrel Hill Primary School will close at the end of the school year, the council's education committee decided on Wednesday, despite a year-long campaign by parents to save it.

The school has 96 pupils on roll and room for 210. The council says falling birth rates mean the number of four-year-olds in the area will drop by a further fifth by 2030.

## Where the pupils will go

| Destination | Places offered | Distance from Kestrel Hill Primary |
|---|---:|---:|
| Millrace Primary | 60 | 1.1 km |
| St. Aidan's Primary | 30 | 1.6 km |
| Ropewalk Community School | 20 | 2.4 km |

Parents have focused on the route to Millrace Primary, which crosses the four-lane Harbour Road. The council has promised a staffed crossing and a walking bus in the first year.

> Every child on that list has a name. The report only has a number.

Grace Adeyemi, who chairs the parents' campaign and has two children at the school, said the group would ask the regional schools adjudicator to review the decision.`,
  },
  {
    key: 'kestrel-school-adjudicator',
    title: 'Schools adjudicator upholds Kestrel Hill closure but orders safer crossing first',
    dek: 'The council must open a signalled crossing on Harbour Road before the school shuts, the ruling says; parents call it “half a win”.',
    section: 'world',
    author: 'maya-okafor',
    tags: ['schools', 'public-safety'],
    language: 'en',
    previously: ['kestrel-school'],
    searchTerm: 'adjudicator',
    sources: [{ name: 'Office of the Regional Schools Adjudicator, decision ADJ/26/044', url: 'https://schools-adjudicator.example/decisions/ADJ-26-044' }],
    body: `The regional schools adjudicator has ruled that Harborview City Council may close Kestrel Hill Primary School in July, but only once a signalled pedestrian crossing is working on Harbour Road.

In a fourteen-page decision, the adjudicator found that the council had followed the correct process and that the school was “not viable at its current size”. She agreed with parents, however, that a staffed crossing was not enough on a road carrying 22,000 vehicles a day.

The council said the crossing would be installed during the Easter holidays. Parents said they would hold the council to that date.`,
  },
  {
    key: 'algorithm-register',
    title: 'Harborview will publish a list of every algorithm it uses to make decisions about residents',
    dek: 'From parking fines to school admissions, the register will say what each system does, who checks it, and how to challenge a result.',
    section: 'technology',
    author: 'priya-raman',
    tags: ['artificial-intelligence', 'city-council'],
    language: 'en',
    searchTerm: 'register',
    sources: [
      { name: 'Harborview Digital Services: algorithmic transparency policy', url: 'https://digital.harborview.example/policies/algorithm-register' },
      { name: 'Coastal Digital Rights Forum response', url: 'https://coastal-digital-rights.example/responses/harborview-register' },
    ],
    body: `Harborview City Council will publish a public register of the automated systems it uses to make or support decisions about residents, starting in March.

An internal audit found 23 such systems. Most are simple rules, such as the software that issues parking fines from camera images. Three use machine learning: one predicts which households may fall behind on council tax, one sorts planning applications by complexity, and one estimates demand for school places.

## What each entry will say

- what the system does and which decisions it feeds;
- whether a person reviews every result before it affects anyone;
- what data it uses and how long the data is kept;
- who in the council is responsible for it;
- how to ask for a decision to be reviewed by a person.

## What campaigners want added

The Coastal Digital Rights Forum welcomed the plan but asked the council to publish the accuracy of each machine-learning model, broken down by district, and to list systems run on its behalf by contractors.[1]

> If a model flags your household as a risk, you should be able to find out that it exists without filing a freedom of information request.

Nadia Oyelaran, the forum's director, said the council's tax-arrears model had been used for two years before most councillors knew about it.[2]

## References

1. Coastal Digital Rights Forum, response to the consultation on algorithmic transparency, paragraphs 4–9.
2. Harborview City Council, audit committee papers, item 6, appendix B.`,
  },
  {
    key: 'council-briefing-1',
    title: 'Council briefing: what was decided this week',
    dek: 'Parking charges at the seafront, a new name for the Weir Street bridge and a pay rise for crossing guards.',
    section: 'world',
    author: 'maya-okafor',
    tags: ['city-council'],
    language: 'en',
    searchTerm: 'seafront',
    sources: [{ name: 'Harborview City Council decisions register', url: 'https://council.harborview.example/decisions?week=2026-45' }],
    body: `Three decisions from this week's committees:

- **Seafront parking** will cost $2.40 an hour instead of $2.00 from April, with the first 30 minutes free for blue-badge holders.
- **The Weir Street bridge** will be renamed the Agnes Mbeki Bridge, after the engineer who designed the harbour's first flood barrier.
- **School crossing guards** get a 6% pay rise, backdated to September.`,
  },
  {
    key: 'council-briefing-2',
    title: 'Council briefing: what was decided this week',
    dek: 'Street trees on Harbour Road, a longer trial for the Old Ropewalk car-free zone and new rules for pavement cafés.',
    section: 'world',
    author: 'maya-okafor',
    tags: ['city-council', 'climate'],
    language: 'en',
    previously: ['council-briefing-1'],
    searchTerm: 'cafés',
    sources: [{ name: 'Harborview City Council decisions register', url: 'https://council.harborview.example/decisions?week=2026-47' }],
    body: `Three decisions from this week's committees:

- **Harbour Road** gets 140 new street trees, planted this winter, after residents' groups raised $38,000 towards them.
- **The Old Ropewalk car-free zone** trial is extended by six months; footfall is up 9% but deliveries are still causing complaints.
- **Pavement cafés** must leave 1.8 metres of clear footway, up from 1.5 metres, from June.`,
  },
  {
    key: 'storm-imogen',
    title: 'Storm Imogen: what we know so far',
    dek: 'Gusts of 130 km/h hit the harbour overnight. Two ferries are cancelled, 6,000 homes have no power and the Lower Quay flood barrier is up.',
    section: 'world',
    author: null,
    tags: ['weather', 'public-safety', 'climate'],
    language: 'en',
    searchTerm: 'Imogen',
    sources: [
      { name: 'Coastal Met Service warnings', url: 'https://met.coastal.example/warnings/imogen' },
      { name: 'Harborview Power outage map', url: 'https://power.harborview.example/outages' },
    ],
    body: `Storm Imogen reached Harborview just after midnight with gusts measured at 130 km/h on North Pier, the strongest since 2019.

## Right now

- About 6,000 homes, mostly in Gullhaven and Kestrel Hill, have no power. The network operator expects most to be reconnected by this evening.
- All Saltwater Ferries crossings are cancelled until at least noon.
- Tram Line 2 is suspended between Millrace and the harbour because of a fallen tree.
- The Lower Quay flood barrier was raised at 22:00 and will stay up until the evening high tide has passed.

## Schools

Twelve schools are closed. The council's list is updated every hour.

## If you need help

Call the council's emergency line on 0800 555 0199 if a tree or cable is down near you. Do not touch fallen cables.`,
  },
  {
    key: 'snow-brief',
    title: 'Snow!',
    dek: 'The first snow of the winter settled on Kestrel Hill before dawn; gritters were out from 4 a.m.',
    section: 'world',
    author: null,
    tags: ['weather'],
    language: 'en',
    searchTerm: 'gritters',
    sources: [{ name: 'Coastal Met Service', url: 'https://met.coastal.example/forecast/harborview' }],
    body: `About 3 cm of snow settled on higher ground overnight, the first of the winter. The council's eight gritters treated the main routes from 4 a.m. Buses on the Kestrel Hill loop are running, with delays of up to twenty minutes. More snow showers are forecast for tonight.`,
  },
  {
    key: 'harbourmaster-trial',
    title: 'Former deputy harbourmaster cleared of falsifying pilotage records',
    dek: 'A jury took under three hours to acquit Piers Vandermolen, who said he had been made a scapegoat for a computer system that lost data.',
    section: 'world',
    author: 'desmond-achebe-ward',
    tags: ['courts-justice', 'shipping'],
    language: 'en',
    searchTerm: 'Vandermolen',
    sources: [{ name: 'Harborview Crown Court listings', url: 'https://courts.coastal.example/harborview/listings/2026-11-20' }],
    body: `A former deputy harbourmaster has been found not guilty of falsifying records about when ships took on pilots in Harborview's approaches.

Piers Vandermolen, 58, had been accused of altering 41 entries in the port's pilotage log in 2024 to hide delays. His defence argued that the entries were changed automatically when the port's new booking system was restored from a backup.

The jury heard from an expert witness that the backup had been restored twice in the week in question, and that the system's audit trail recorded the changes under the name of whoever was logged in at the time.

Outside court, Mr Vandermolen said he was relieved and “would like an apology from people who know who they are”. The Port of Harborview said it respected the verdict and had replaced the booking system last year.`,
  },
  {
    key: 'port-automation',
    title: 'Port of Harborview to automate half its container cranes by 2030, union warns of 400 job losses',
    dek: 'The port says no one will be made redundant and that remote-operated cranes will be safer; dockers plan a ballot on industrial action.',
    section: 'business',
    author: 'elliot-hale',
    tags: ['shipping', 'artificial-intelligence'],
    language: 'en',
    searchTerm: 'redundant',
    sources: [
      { name: 'Port of Harborview: Terminal 3 modernisation plan', url: 'https://port.harborview.example/terminal-3/modernisation' },
      { name: 'Harborview Dockers’ Union statement', url: 'https://dockers-union.example/statements/terminal-3' },
    ],
    body: `The Port of Harborview will convert eight of its sixteen container cranes to remote operation and automate the stacking yard at Terminal 3 by 2030, it said on Tuesday.

The $310 million plan is meant to let the terminal handle ships of up to 18,000 containers, which currently divert to larger ports further south.

## What changes for workers

The port employs about 1,150 people at Terminal 3. It says remote crane operators will work from a control building instead of cabins 50 metres up, and that all current crane drivers will be offered retraining. The Harborview Dockers’ Union says the automated yard alone will remove about 400 jobs through “natural wastage” that will never be refilled.

> They say nobody will be sacked. They don't say anybody's son or daughter will be hired.

Dockers will vote on industrial action in January. The port said it would meet the union before Christmas.`,
  },
  {
    key: 'port-ballot',
    title: 'Dockers vote 78% for strikes over Terminal 3 automation',
    dek: 'Turnout was 81%. The first 48-hour walkout is planned for 10 February unless talks produce a jobs guarantee.',
    section: 'business',
    author: 'elliot-hale',
    tags: ['shipping'],
    language: 'en',
    previously: ['port-automation'],
    searchTerm: 'walkout',
    sources: [{ name: 'Harborview Dockers’ Union ballot result', url: 'https://dockers-union.example/ballots/2027-01' }],
    body: `Members of the Harborview Dockers’ Union have voted by 78% to 22% for strike action over the automation of Terminal 3, on a turnout of 81%.

The union said its first 48-hour walkout would start on 10 February unless the port agreed to a written guarantee that the number of dock jobs would not fall below 1,000 before 2032. The port said the result was “disappointing but not surprising” and that talks would continue next week.`,
  },
];
