/** Later stories in several languages that follow up earlier ones (all invented). */
import type { CorpusStory } from './types';

export const followUps: CorpusStory[] = [
  {
    key: 'pl-regaty',
    title: 'Złoto i brąz dla „Bryzy” na regatach w Harborview. „Dzieci płakały ze szczęścia, trenerzy też”',
    dek: 'Młodzi żeglarze z Nowej Przystani wrócili z dwoma medalami. Najlepsza okazała się 12-letnia Daryna Kowalczuk.',
    section: 'sport',
    author: 'zofia-kedzierska',
    tags: ['sailing', 'twin-cities', 'ukrainian-community', 'zegluga'],
    language: 'pl',
    previously: ['pl-szkola-zeglarska', 'regatta'],
    searchTerm: 'Kowalczuk',
    sources: [{ name: 'Harborview Yacht Club — wyniki (po angielsku)', url: 'https://hyc.harborview.example/regatta/2027/results?class=optimist' }],
    body: `Dwunastoletnia Daryna Kowalczuk z Yacht Klubu „Bryza” wygrała wyścig optymistów w kategorii do 13 lat podczas regat w Harborview. Brązowy medal zdobył jej kolega z klubu, Szymon Wróblewski.

| Miejsce | Zawodnik | Klub |
|---|---|---|
| 1. | Daryna Kowalczuk | YK „Bryza”, Nowa Przystań |
| 2. | Isla Marchetti | Harborview Yacht Club |
| 3. | Szymon Wróblewski | YK „Bryza”, Nowa Przystań |

Daryna przyjechała do Nowej Przystani z Odessy trzy lata temu. Żeglować nauczyła się w klubowej szkole. „Na ostatniej boi myślałam tylko o tym, żeby nie wywrócić łódki” — mówiła po wyścigu.`,
  },
  {
    key: 'uk-kozaky-pivfinal',
    title: '«Козаки» програли в півфіналі, але здобули щось більше: 600 вболівальників і власний стадіон',
    dek: 'Після матчу міська рада запропонувала команді тренуватися на полі в Сомарші безкоштовно.',
    section: 'sport',
    author: 'oksana-hrytsenko',
    tags: ['football', 'ukrainian-community'],
    language: 'uk',
    previously: ['uk-futbol'],
    searchTerm: 'вболівальників',
    sources: [{ name: 'Harborview Sunday League — півфінали', url: 'https://sunday-league.harborview.example/cup/semi-finals' }],
    body: `Півфінал міського кубка «Козаки Гарборв’ю» програли 1:2 команді «Harbour Police FC». Але на трибунах стадіону в Міллрейс зібралося понад 600 вболівальників — більше, ніж на будь-якому аматорському матчі в місті цього сезону.

> Ми приїхали сюди як люди, що втратили дім. Сьогодні я бачив шістсот людей, які знайшли тут новий.

Так сказав капітан команди Богдан Ткачук. Після матчу радна Прія Дхаліваль оголосила, що команда зможе безкоштовно тренуватися на полі в Сомарші до кінця наступного сезону.`,
  },
  {
    key: 'de-hafenbad-sanierung',
    title: 'Hafenbad: Sanierung startet im Oktober, Wiedereröffnung zum Sommer 2028',
    dek: 'Nach dem Bürgerentscheid liegt der Zeitplan vor. Das Becken wird verkleinert, das Sprungbrett bleibt.',
    section: 'world',
    author: 'greta-vollmer',
    tags: ['city-council', 'budget', 'twin-cities'],
    language: 'de',
    previously: ['de-buergerentscheid'],
    searchTerm: 'Sprungbrett',
    sources: [{ name: 'Stadt Kaltenhafen – Bäderbetriebe', url: 'https://baeder.kaltenhafen.example/hafenbad/sanierung' }],
    body: `Die Sanierung des Hafenbads beginnt am 1. Oktober und soll bis Mai 2028 dauern. Das geht aus dem Zeitplan hervor, den die Bäderbetriebe am Montag vorgestellt haben.

## Was sich ändert

- Das 50-Meter-Becken wird auf 25 Meter verkürzt, dafür kommt ein Nichtschwimmerbecken hinzu.
- Das denkmalgeschützte Sprungbrett von 1928 bleibt erhalten.
- Die Umkleiden werden barrierefrei.
- Eine Solaranlage auf dem Dach soll das Wasser vorwärmen.

„Das Sprungbrett war für viele der eigentliche Grund, mit Ja zu stimmen“, sagte Bäderchef Jörg Albers-Demir.`,
  },
  {
    key: 'en-creme-brulee',
    title: 'Smörgåsbord, crème brûlée & “proper chips”: the Ropewalk Café’s new menu, reviewed',
    dek: 'The museum café has a new chef, who trained in Malmö and Lyon and grew up on Brinefield Road. Mostly, it works.',
    section: 'culture',
    author: 'june-castellanos',
    tags: ['small-business', 'arts'],
    language: 'en',
    previously: ['long-ropewalk'],
    searchTerm: 'smörgåsbord',
    sources: [{ name: 'Ropewalk Café menu', url: 'https://ropewalk-trust.example/cafe/menu' }],
    body: `The Ropewalk Café has always been the kind of museum café where you eat a scone because you are tired, not because you are hungry. Its new chef, Linnea Okoro-Sjöberg, wants to change that.

Her menu is short and mixes the Swedish cooking she learned in Malmö with the French of her years in Lyon and the chip-shop food of her childhood on Brinefield Road.

## What to order

- **The smörgåsbord plate** ($14): pickled herring, beetroot salad, rye bread and a boiled egg. The best lunch in the Old Ropewalk.
- **Fish and “proper chips”** ($16): the chips are triple-cooked and the batter is light.
- **Crème brûlée** ($7): the sugar crust cracks properly.

## What to skip

- The “rope-maker's ploughman's”, which is a good idea let down by a very dull cheese.

The café is open when the museum is, Wednesday to Sunday. You do not need a museum ticket to eat there.`,
  },
  {
    key: 'en-pharmacy',
    title: '24/7 pharmacy? Not any more: Harborview’s only all-night chemist cuts its hours',
    dek: 'From March, the Harbour Road pharmacy will close at midnight. Patients leaving A&E in the small hours will have to wait or travel to Port Aldane.',
    section: 'science',
    author: 'priya-raman',
    tags: ['health'],
    language: 'en',
    previously: ['hospital-waits'],
    searchTerm: 'pharmacist',
    sources: [{ name: 'Coastal Health Board: pharmacy opening hours', url: 'https://health-board.coastal.example/pharmacies/harbour-road' }],
    body: `The Harbour Road pharmacy, the only one in Harborview open around the clock, will close between midnight and 7 a.m. from 1 March.

Its owner says the overnight hours lose about $150,000 a year and that it has been unable to recruit a second night pharmacist. The health board says patients who need medicine after midnight can get it from the hospital's own pharmacy if they are discharged from A&E, or from an all-night pharmacy in Port Aldane, 30 km away.

For more on the pressures on the hospital, see [our health coverage](/tags/health) and the [Science section](/sections/science).`,
  },
  {
    key: 'en-seal-follow-up',
    title: 'Mrs Pilchard the seal has a pup 🦭',
    dek: 'The tagged grey seal who spends her days on a buoy off North Pier gave birth on a beach below Kestrel Hill.',
    section: 'science',
    author: 'priya-raman',
    tags: ['climate'],
    language: 'en',
    previously: ['brief-longish-2'],
    searchTerm: 'Pilchard',
    sources: [{ name: 'Harborview Polytechnic Marine Mammal Group', url: 'https://poly.harborview.example/marine-mammals/news/pup' }],
    body: `Mrs Pilchard, the grey seal known to researchers for resting on the same buoy off North Pier more than forty times, has given birth to a pup on a small beach below Kestrel Hill. The Marine Mammal Group asks walkers to keep at least 50 metres away and to keep dogs on leads: mothers can abandon pups that are disturbed. Her GPS tag is expected to fall off when she moults in the spring.`,
  },
  {
    key: 'en-wifi',
    title: 'Free Wi-Fi on trams: 4 in 10 connections fail, and the contract runs until 2031',
    dek: 'Riders complain that the network drops out in tunnels and between stops. The operator says its equipment is “performing as specified”.',
    section: 'technology',
    author: 'priya-raman',
    tags: ['transit', 'city-council'],
    language: 'en',
    previously: ['app-crash'],
    searchTerm: 'Wi-Fi',
    sources: [{ name: 'Harborview Regional Transit: on-board Wi-Fi performance report', url: 'https://hrt.harborview.example/reports/wifi-performance' }],
    body: `Four in ten attempts to connect to the free Wi-Fi on Harborview's trams fail, according to the transit agency's own figures, and the contract with the company that provides it cannot be cancelled until 2031.

| Line | Connection attempts (October) | Failed |
|---|---:|---:|
| Line 2 | 412,000 | 38% |
| Line 4 | 298,000 | 44% |

The contract specifies that the equipment must be working, not that passengers must be able to connect, transit officials told councillors. “It's performing as specified,” said a spokesperson for the provider. “The specification could have been better.”

Read more in [all our transit coverage](/tags/transit).`,
  },
  {
    key: 'en-uk-quote',
    title: '“Ми тут надовго” — “We’re here for the long run”: Ukrainian families in Harborview, three years on',
    dek: 'A survey by the community centre finds that two-thirds plan to stay, most work, and almost all want their qualifications recognised faster.',
    section: 'world',
    author: 'oksana-hrytsenko',
    tags: ['ukrainian-community', 'housing'],
    language: 'en',
    previously: ['uk-dovge-zahalovok', 'uk-shkola'],
    searchTerm: 'qualifications',
    sources: [{ name: 'Ukrainian Community Centre Harborview: survey results', url: 'https://ukr-harborview.example/en/survey-2026' }],
    body: `Three years after the first families arrived, about 1,900 Ukrainians live in Harborview. A survey of 640 of them by the Ukrainian Community Centre, published this week, gives the clearest picture yet of how they are doing.

## Key findings

| Question | Answer |
|---|---:|
| Plan to stay in Harborview for at least 5 years | 66% |
| In paid work (adults of working age) | 71% |
| Working below their qualification level | 58% |
| Children in school or nursery | 97% |
| Say their English is “good” or “very good” | 44% |

The biggest complaint was the time it takes to have professional qualifications recognised. Doctors, nurses and teachers reported waits of up to two years.

> Ми тут надовго. We're here for the long run. But I would like to be a doctor here, not a doctor who cleans the hospital.

That was Dr Olha Savchuk, a paediatrician from Kharkiv who works as a healthcare assistant at Kestrel Hill Hospital while she waits for her registration.`,
  },
  {
    key: 'en-school-streets',
    title: 'School streets, month one: drivers over 50 km/h down by 61%, and 212 speed-awareness courses booked',
    dek: 'The 30 km/h limit near schools has cut the fastest speeds sharply. Average speeds fell less than campaigners hoped.',
    section: 'world',
    author: 'desmond-achebe-ward',
    tags: ['public-safety', 'schools'],
    language: 'en',
    previously: ['brief-speed'],
    searchTerm: 'speed-awareness',
    sources: [{ name: 'Harborview Highways: school streets monitoring, month 1', url: 'https://highways.harborview.example/school-streets/monitoring?month=1' }],
    body: `In the first month of the 30 km/h limit on streets near schools, the number of drivers recorded at more than 50 km/h fell by 61%, the council's highways team said on Monday.

| Measure | Month before | Month one | Change |
|---|---:|---:|---:|
| Vehicles over 50 km/h (per day, all sites) | 1,404 | 548 | −61% |
| Vehicles over 40 km/h | 6,210 | 3,980 | −36% |
| Average speed | 37 km/h | 33 km/h | −11% |

Camera vans issued 212 offers of a speed-awareness course. Campaigners from the Safe Routes to School group welcomed the fall in the fastest speeds but said an average of 33 km/h was “still not 30”.`,
  },
  {
    key: 'en-tower-height',
    title: 'Coastal Savings tower loses a floor: 18 storeys, 201 flats, and the Old Ropewalk keeps its winter sun',
    dek: 'The developer has submitted revised plans after the planning committee’s approval. Objectors say one floor is not enough.',
    section: 'world',
    author: 'maya-okafor',
    tags: ['housing', 'city-council'],
    language: 'en',
    previously: ['brief-longest', 'long-ropewalk'],
    searchTerm: 'storeys',
    sources: [{ name: 'Harborview Planning Portal, application 24/01877/FUL (revised)', url: 'https://planning.harborview.example/applications/24-01877-FUL?revision=2' }],
    body: `The developer of the former Coastal Savings headquarters on Harbour Road has cut the planned tower from 19 storeys to 18, as promised on the night the planning committee approved it. The revised plans, published on Friday, reduce the number of flats from 212 to 201; the 64 flats at below-market rents are unchanged.

A shadow study submitted with the plans says the roof of the Old Ropewalk will now get direct sun for about 40 minutes at midday on the shortest day of the year, against none under the original design.`,
  },
];
