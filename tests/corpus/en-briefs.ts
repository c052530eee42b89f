/**
 * English briefs and headlines at the edges: very long and very short, emoji, typographic
 * quotes, ampersands, angle brackets, percentages, code and reference-style links.
 */
import type { CorpusStory } from './types';

export const enBriefs: CorpusStory[] = [
  {
    key: 'brief-longest',
    title:
      'Harborview City Council’s planning committee approves the long-disputed redevelopment of the former Coastal Savings headquarters on Harbour Road into 212 flats, a public roof garden, a community health centre and a ground-floor market — after eleven hearings, two legal challenges & a very long night',
    dek: 'The vote was 7–2. Objectors say the 19-storey tower will shade the Old Ropewalk in winter; the developer says it will cut its height by one floor.',
    section: 'world',
    author: 'maya-okafor',
    tags: ['housing', 'city-council'],
    language: 'en',
    searchTerm: 'nineteen-storey',
    sources: [{ name: 'Harborview Planning Portal, application 24/01877/FUL', url: 'https://planning.harborview.example/applications/24-01877-FUL' }],
    body: `The planning committee approved the scheme just before 1 a.m. on Wednesday, by seven votes to two. It is the eleventh time the application, first submitted in 2024, has come before councillors in one form or another.

The nineteen-storey tower will be cut to eighteen floors, the developer said after the vote, to reduce the shadow it casts over the Old Ropewalk in midwinter. Of the 212 flats, 64 will be let at below-market rents. The roof garden will be open to the public from 8 a.m. to 8 p.m.`,
  },
  {
    key: 'brief-ok',
    title: 'Lit up',
    dek: 'The answer to the question on everyone’s lips this week: will the Harbour Road Christmas lights be switched on? (They will, on Friday at 6 p.m.)',
    section: 'culture',
    author: null,
    tags: ['arts'],
    language: 'en',
    searchTerm: 'switch-on',
    sources: [{ name: 'Harborview Business Improvement District', url: 'https://harbour-road-bid.example/christmas-lights' }],
    body: `After weeks of uncertainty about the cost of electricity, the Harbour Road Business Improvement District confirmed on Monday that the Christmas lights will go on as usual. The switch-on, by the children of Millrace Primary's choir, is on Friday at 6 p.m.`,
  },
  {
    key: 'brief-speed',
    title: 'Speed limit cut to 30 km/h on streets <500 m from a school — and drivers who go >50 km/h face a ban',
    dek: 'The new limits cover 180 streets from September. Cameras will be moved to enforce them.',
    section: 'world',
    author: 'desmond-achebe-ward',
    tags: ['public-safety', 'schools', 'transit'],
    language: 'en',
    searchTerm: 'speed',
    sources: [{ name: 'Harborview Highways: traffic regulation order TRO/26/88', url: 'https://highways.harborview.example/tro/26-88' }],
    body: `From 1 September, the speed limit on 180 streets within 500 metres of a school will fall from 50 km/h to 30 km/h, at all hours. The council says the change follows 14 serious injuries to children on those streets in five years.

- Drivers caught at **31–40 km/h** will be offered a speed-awareness course.
- At **41–50 km/h**, a fine and penalty points.
- Over **50 km/h**, a court summons and a possible driving ban.

Four of the city's six mobile camera vans will be moved to school streets for the first term.`,
  },
  {
    key: 'brief-quotes',
    title: '“We’re not going anywhere”: Gullhaven’s last net-mender on 52 years at the quayside',
    dek: 'Ottilie Brandvold mends fishing nets by hand in a shed that smells of tar and tea. There is nobody to take over.',
    section: 'culture',
    author: 'june-castellanos',
    tags: ['small-business', 'shipping'],
    language: 'en',
    previously: ['es-flota'],
    searchTerm: 'Brandvold',
    sources: [{ name: 'Gullhaven Fishermen’s Cooperative', url: 'https://gullhaven-coop.example/people/ottilie' }],
    body: `Ottilie Brandvold was sixteen when she mended her first net, and she is sixty-eight now. The shed she works in, at the end of the Gullhaven quay, has a kettle, a radio, a wood stove and about two kilometres of net hanging from the rafters in various states of repair.

> “We’re not going anywhere,” she says of herself and the shed, “until the last boat does.”

There are nineteen boats left in the Gullhaven fleet. Ten years ago there were forty-one. Brandvold mends for all of them, at $22 an hour, and says she has never been busier, because the boats that remain fish harder and tear more net.

She has offered to teach anyone who wants to learn. So far, she says, one person has asked: a textile student who wanted to make a dress out of net.`,
  },
  {
    key: 'brief-percent',
    title: '100% of new buses will be electric from 2028; 0% of the charging points are built yet',
    dek: 'The transit agency has ordered 60 electric buses. The depot that will charge them still needs planning permission and a bigger grid connection.',
    section: 'technology',
    author: 'priya-raman',
    tags: ['transit', 'energy', 'climate'],
    language: 'en',
    searchTerm: 'pantograph',
    sources: [{ name: 'Harborview Regional Transit: zero-emission fleet plan', url: 'https://hrt.harborview.example/fleet/zero-emission-plan' }],
    body: `Harborview Regional Transit has ordered 60 electric buses, the first of which will arrive in 2028. From then on, every new bus it buys will be electric.

The buses will charge overnight at the Weir Street depot and top up during the day from a pantograph charger at the bus station. Neither exists yet. The depot needs a grid connection of about 8 MW, four times its current supply, and the network operator says that will take at least two years.

| Milestone | Planned date |
|---|---|
| Planning permission for depot chargers | March 2027 |
| Grid connection upgrade | Late 2028 |
| First 20 buses in service | Early 2029 |
| All 60 buses in service | 2030 |

The agency admits the buses may arrive before the chargers are ready. If they do, it says, they will be stored and “admired”.`,
  },
  {
    key: 'brief-hashtag',
    title: '#1 for potholes: Harborview tops the regional “worst roads” table (again)',
    dek: 'The city has 2,412 reported potholes and a repair backlog of 14 weeks. The council blames two wet winters.',
    section: 'world',
    author: 'maya-okafor',
    tags: ['city-council', 'transit', 'budget'],
    language: 'en',
    previously: ['app-crash'],
    searchTerm: 'potholes',
    sources: [{ name: 'Coastal Roads Federation annual survey', url: 'https://coastal-roads.example/survey/2026?region=coast&sort=worst' }],
    body: `For the second year running, Harborview has topped the Coastal Roads Federation's table of the region's worst-maintained roads, with 2,412 potholes reported through the council's HarborFix app and phone line.

The average pothole waits fourteen weeks for a permanent repair. The council says two wet winters in a row have caused “an exceptional rate of deterioration” and that it is spending an extra $2 million this year to catch up.`,
  },
  {
    key: 'brief-code',
    title: 'The council’s open data API now has bus times. Here’s how to use it',
    dek: 'Developers can query live departures for every stop in the city, free, with a key and a few lines of code.',
    section: 'technology',
    author: 'priya-raman',
    tags: ['transit', 'startups'],
    language: 'en',
    searchTerm: 'departures',
    sources: [{ name: 'Harborview Open Data: real-time departures API', url: 'https://data.harborview.example/apis/departures' }],
    body: `Harborview's open data portal now publishes live bus and tram departures. The API is free; you need a key, which you can request on the portal and which arrives by email within a day.

## A first request

Ask for the next departures from a stop by its code (printed on every stop sign):

\`\`\`
GET https://data.harborview.example/apis/departures/v1/stops/HV4412?limit=3
Authorization: Bearer YOUR_KEY
\`\`\`

The answer lists each departure with the route, destination and expected time:

\`\`\`json
{
  "stop": "HV4412",
  "departures": [
    { "route": "N6", "destination": "Brinefield", "expected": "00:31" },
    { "route": "4", "destination": "Saltmarsh", "expected": "00:34" }
  ]
}
\`\`\`

## Limits

- 10,000 requests a day per key;
- times are refreshed every 20 seconds;
- please cache responses for at least 15 seconds (the council asks nicely).

Three local developers have already built departure boards for cafés and one for a pub that shows, in large red letters, the time of the last tram.`,
  },
  {
    key: 'brief-reflinks',
    title: 'Audit finds $3.4m in unpaid parking fines, most from 212 vehicles',
    dek: 'The council’s auditors say the city has been too slow to chase persistent offenders, some of whom owe more than $10,000.',
    section: 'business',
    author: 'maya-okafor',
    tags: ['city-council', 'budget'],
    language: 'en',
    searchTerm: 'auditors',
    sources: [{ name: 'Harborview City Council audit committee', url: 'https://council.harborview.example/audit/parking-enforcement-2026' }],
    body: `Harborview is owed $3.4 million in unpaid parking fines, according to [an internal audit][audit] published on Monday, and more than half of the money is owed by the keepers of just 212 vehicles.

The worst offender, a van registered to a company that no longer exists, has 311 unpaid tickets worth $14,930. The auditors recommend using bailiffs and wheel clamps for any vehicle with more than ten unpaid fines, as the council's own policy [already allows][policy].

The council's response to the audit is due at the [committee's next meeting][meeting] in January.

[audit]: https://council.harborview.example/audit/parking-enforcement-2026
[policy]: https://council.harborview.example/policies/parking-enforcement#persistent-evaders
[meeting]: https://council.harborview.example/meetings/audit-committee?date=2027-01-20`,
  },
  {
    key: 'brief-abbr',
    title: 'HRT board approves 3% fare rise; day ticket stays at $6',
    dek: 'Single fares go up by 10 cents in April. Under-18s and over-65s travel free, as before.',
    section: 'business',
    author: 'maya-okafor',
    tags: ['transit', 'budget'],
    language: 'en',
    previously: ['long-night-buses'],
    searchTerm: 'fare',
    sources: [{ name: 'Harborview Regional Transit board decision', url: 'https://hrt.harborview.example/board/2027-01/decisions' }],
    body: `The board of <abbr title="Harborview Regional Transit">HRT</abbr> approved a 3% average fare rise on Wednesday, taking a single bus or tram fare from $3.20 to $3.30 from 1 April. The day ticket stays at $6 and night buses keep the same fares as day services.

| Ticket | Now | From 1 April |
|---|---:|---:|
| Single | $3.20 | $3.30 |
| Day ticket | $6.00 | $6.00 |
| Weekly | $24.00 | $25.00 |
| Monthly | $88.00 | $91.00 |`,
  },
  {
    key: 'brief-obituary',
    title: 'Agnes Mbeki, engineer who designed the harbour’s first flood barrier, dies at 91',
    dek: 'She was the first woman to lead the city’s engineering department and fought for years to have the barrier built.',
    section: 'world',
    author: 'maya-okafor',
    tags: ['climate', 'city-council'],
    language: 'en',
    previously: ['council-briefing-1'],
    searchTerm: 'Mbeki',
    sources: [{ name: 'Harborview City Council statement', url: 'https://council.harborview.example/news/agnes-mbeki' }],
    body: `Agnes Mbeki, who designed the first flood barrier across the mouth of Harborview's harbour and led the city's engineering department for seventeen years, has died at the age of 91.

Born in Brinefield in 1935, she studied civil engineering at a time when she was often the only woman in the lecture theatre. She joined the city's engineering department in 1961 and spent most of the 1970s arguing that the harbour needed a barrier. It was finally built in 1982 and has been raised more than 300 times since.

---

Last month the council voted to rename the Weir Street bridge in her honour. She is said to have described the news as “very kind, and about forty years late”.

She is survived by her daughter, two grandsons and, as one former colleague put it, “every house on the Lower Quay that has stayed dry”.`,
  },
  {
    key: 'brief-weather-emoji',
    title: '☀️🌧️🌬️ Four seasons in one day: Harborview’s wildest weather week in numbers',
    dek: 'Sun, hail, a gale and a rainbow over the harbour, all before Thursday lunchtime.',
    section: 'science',
    author: null,
    tags: ['weather', 'climate'],
    language: 'en',
    previously: ['storm-imogen'],
    searchTerm: 'hailstones',
    sources: [{ name: 'Coastal Met Service weekly summary', url: 'https://met.coastal.example/summaries/week-46' }],
    body: `| Day | Highest temperature | Rain | Strongest gust | Notable |
|---|---:|---:|---:|---|
| Monday | 16.2°C | 0 mm | 31 km/h | Warmest November day since 2011 |
| Tuesday | 11.8°C | 22 mm | 58 km/h | Hailstones the size of peas on Kestrel Hill |
| Wednesday | 9.4°C | 6 mm | 97 km/h | Gale closes North Pier for six hours |
| Thursday | 10.1°C | 1 mm | 40 km/h | Double rainbow over the harbour at 08:14 |`,
  },
  {
    key: 'brief-correction',
    title: 'Correction: tram extension figures',
    dek: 'An earlier version of our report on the Line 4 contract gave the wrong quality score for one bidder.',
    section: 'world',
    author: null,
    tags: ['transit'],
    language: 'en',
    previously: ['tram-contract'],
    searchTerm: 'erratum',
    sources: [{ name: 'Harborview Regional Transit procurement notice HRT-2026-117', url: 'https://hrt.harborview.example/procurement/HRT-2026-117' }],
    body: `Erratum: our report on the award of the Line 4 tram contract originally gave Marren Infrastructure Group's quality score as 53. The correct figure is 51, as the table now shows. The overall ranking of the bidders is unchanged. We apologise for the error.`,
  },
  {
    key: 'brief-longish-1',
    title: 'After 26 years of promises, a bus shelter, two benches and a bin: how the residents of Cormorant Close finally got the stop they had been asking for since before most of them had grandchildren',
    dek: 'The stop on the N2 had a pole and nothing else. A petition with 311 signatures, a sit-in and a letter from a 94-year-old did the rest.',
    section: 'world',
    author: 'maya-okafor',
    tags: ['transit', 'city-council'],
    language: 'en',
    searchTerm: 'Cormorant',
    sources: [{ name: 'Harborview Regional Transit: bus stop improvements', url: 'https://hrt.harborview.example/stops/improvements-2026' }],
    body: `The bus stop at Cormorant Close, on the N2 route up Kestrel Hill, has had a pole and a timetable since 2000 and nothing else. On Monday, it got a shelter, two benches, a bin and a light.

Residents had asked for a shelter at least once a year for 26 years. This year they tried something different: a sit-in, on folding chairs, at the stop, in the rain, on the morning of a transit board meeting. One of them, 94-year-old Winifred Hollis, also wrote to every board member by hand.

“I told them I would like to be able to sit down while I wait for the bus before I die,” she said. “I was only slightly exaggerating.”`,
  },
  {
    key: 'brief-longish-2',
    title: 'Harborview Polytechnic scientists tag 40 grey seals with tiny GPS collars to find out where they go when they leave the harbour, and the first results suggest some of them commute to Port Aldane',
    dek: 'Three of the tagged seals have made the 60 km round trip more than ten times. Researchers think they are following the fishing boats.',
    section: 'science',
    author: 'priya-raman',
    tags: ['climate', 'shipping'],
    language: 'en',
    searchTerm: 'seals',
    sources: [{ name: 'Harborview Polytechnic Marine Mammal Group', url: 'https://poly.harborview.example/marine-mammals/seal-tracking' }],
    body: `Researchers at Harborview Polytechnic have fitted forty grey seals with GPS tags glued to the fur on the back of their heads. The tags fall off harmlessly when the seals moult.

## Early results

- Most seals stay within 15 km of the harbour.
- Three have travelled to Port Aldane and back more than ten times each.
- One female, nicknamed Mrs Pilchard by the team, has been recorded resting on the same buoy off North Pier 41 times.

### Why Port Aldane?

The team thinks the commuting seals are following fishing boats, which leave Port Aldane early in the morning and discard unwanted fish on the way back.

The study will run for two years.`,
  },
  {
    key: 'brief-numbers',
    title: '1,000,000th passenger on the Port Aldane fast ferry gets free travel — for 1 year',
    dek: 'Nursing student Femi Adebayo-Strand was counted through the gate at 07:14 on Tuesday.',
    section: 'world',
    author: null,
    tags: ['transit', 'shipping'],
    language: 'en',
    previously: ['fr-navette'],
    searchTerm: 'millionth',
    sources: [{ name: 'Saltwater Ferries', url: 'https://saltwater-ferries.example/news/millionth-passenger' }],
    body: `The Port Aldane fast ferry carried its millionth passenger on Tuesday morning, eighteen months after the service began. Femi Adebayo-Strand, a nursing student on her way to a placement at Port Aldane's hospital, was given a year of free travel and a cake shaped like a boat.`,
  },
  {
    key: 'brief-ampersand',
    title: 'Salt & Smoke, Oar & Fork and Hook, Line & Sinker: the new food hall’s first 12 traders',
    dek: 'The Tannery Row market hall opens on 3 May. Hot sauce, Ukrainian bread, Polish dumplings and oysters from the estuary are on the list.',
    section: 'business',
    author: 'elliot-hale',
    tags: ['small-business', 'ukrainian-community'],
    language: 'en',
    previously: ['market-hall', 'uk-pekarnia'],
    searchTerm: 'dumplings',
    sources: [{ name: 'Tannery Row Market Hall', url: 'https://business.harborview.example/market-hall/traders' }],
    body: `The first twelve traders have been chosen for the Tannery Row market hall, which opens on 3 May.

1. Salt & Smoke (smoked fish)
2. Oar & Fork (delivery cooperative's first shop)
3. Hook, Line & Sinker (fishmonger)
4. Palianytsia Bakery (Ukrainian bread)
5. Pierogarnia Babci Zosi (Polish dumplings)
6. Nakamura Heat (hot sauce)
7. Estuary Oyster Co.
8. Second Spin (bicycle repair)
9. Kettle & Crumb (tea and cakes)
10. The Mended Sock (clothing repair)
11. Marren Cheese Room
12. Thimble (children's books)

Joseph Nakamura, who sells hot sauce and had worried that a year of cheap rent was too short, said he had signed anyway. “I'd rather find out in a year than never,” he said.`,
  },
];
