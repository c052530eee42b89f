// Seed content for "The Edge Courier", a fictional daily news site.
// All people, companies, councils and places (Harborview, Port Aldane, Marren,
// Nowa Przystań, ...) are invented for this project. Outlet names in `sources`
// are real publications credited as "based on reporting by"; their URLs point
// to those outlets' section pages.

export interface SeedAuthor { slug: string; name: string; bio: string }
export interface SeedSection { slug: string; name: string; description: string }
export interface SeedTag { slug: string; name: string }
export interface SeedHeroImage { url: string; alt: string; caption: string; credit: string }
export interface SeedSource { name: string; url: string }
export interface SeedArticle {
  slug: string;            // lowercase ascii, hyphens, unique
  title: string;
  dek: string;             // one-sentence summary, 80-200 chars
  section: string;         // a SeedSection slug
  author: string;          // a SeedAuthor slug
  tags: string[];          // SeedTag slugs (1-3)
  language: 'en' | 'pl';
  status: 'published' | 'draft' | 'scheduled';
  hoursAgo?: number;       // published: how many hours before "now" it was published (0.5 .. 400)
  updatedHoursAgo?: number;// optional: published articles that were later updated (smaller than hoursAgo)
  scheduledInHours?: number; // scheduled: hours in the future (e.g. 24, 72)
  heroImage?: SeedHeroImage;
  body: string;            // CommonMark Markdown
  sources?: SeedSource[];  // outlets the story is based on
  related?: string[];      // slugs of OTHER published articles in this file, ordered
}

export const authors: SeedAuthor[] = [
  {
    slug: 'maya-okafor',
    name: 'Maya Okafor',
    bio: 'City hall reporter covering the Harborview council, the city budget and public transport. Previously at the Lower Quay Gazette.',
  },
  {
    slug: 'tomasz-wierzbicki',
    name: 'Tomasz Wierzbicki',
    bio: 'Regional and European correspondent, writing in English and Polish from Harborview and its twin city, Nowa Przystań.',
  },
  {
    slug: 'priya-raman',
    name: 'Priya Raman',
    bio: 'Science and technology editor. Trained as a marine biologist before trading fieldwork for the newsroom.',
  },
  {
    slug: 'elliot-hale',
    name: 'Elliot Hale',
    bio: 'Business reporter following shipping, small firms, startups and the harbor economy.',
  },
  {
    slug: 'june-castellanos',
    name: 'June Castellanos',
    bio: 'Culture and sport writer, festival regular and a Mariners season-ticket holder since the age of nine.',
  },
];

export const sections: SeedSection[] = [
  { slug: 'world', name: 'World', description: 'News from Harborview, the coastal region and our twin cities abroad.' },
  { slug: 'business', name: 'Business', description: 'Companies, jobs, markets, shipping and the city budget.' },
  { slug: 'technology', name: 'Technology', description: 'Transport tech, startups, software and the systems the city runs on.' },
  { slug: 'science', name: 'Science', description: 'Research, climate, health and the sea that shapes Harborview.' },
  { slug: 'culture', name: 'Culture', description: 'Art, books, film, festivals and the people who make them.' },
  { slug: 'sport', name: 'Sport', description: 'Football, sailing, running and everything else played in and around the harbor.' },
];

export const tags: SeedTag[] = [
  { slug: 'city-council', name: 'City Council' },
  { slug: 'budget', name: 'Budget' },
  { slug: 'transit', name: 'Transit' },
  { slug: 'climate', name: 'Climate' },
  { slug: 'housing', name: 'Housing' },
  { slug: 'startups', name: 'Startups' },
  { slug: 'artificial-intelligence', name: 'Artificial Intelligence' },
  { slug: 'energy', name: 'Energy' },
  { slug: 'health', name: 'Health' },
  { slug: 'arts', name: 'Arts' },
  { slug: 'football', name: 'Football' },
  { slug: 'sailing', name: 'Sailing' },
  { slug: 'twin-cities', name: 'Twin Cities' },
  { slug: 'shipping', name: 'Shipping' },
  { slug: 'small-business', name: 'Small Business' },
];

const CREDIT = 'Illustration: Edge Courier';

export const articles: SeedArticle[] = [
  // ---------------------------------------------------------------- WORLD
  {
    slug: 'nowa-przystan-i-harborview-podpisuja-umowe-portowa',
    title: 'Nowa Przystań i Harborview podpisują umowę o współpracy portowej',
    dek: 'Miasta partnerskie zobowiązały się do wymiany danych o ruchu statków i do wspólnego szkolenia załóg obsługujących nabrzeża.',
    section: 'world',
    author: 'tomasz-wierzbicki',
    tags: ['twin-cities', 'shipping'],
    language: 'pl',
    status: 'published',
    hoursAgo: 140,
    heroImage: {
      url: '/media/seed/harbor.svg',
      alt: 'Dźwigi portowe i zacumowane statki na tle spokojnej zatoki o świcie',
      caption: 'Nabrzeże kontenerowe w Nowej Przystani, jednym z dwóch portów objętych nową umową.',
      credit: 'Ilustracja: Edge Courier',
    },
    body: `Władze Nowej Przystani i Harborview podpisały w poniedziałek pięcioletnią umowę o współpracy portowej. Dokument, przygotowany wspólnie przez zarządy obu portów, przewiduje wymianę danych o ruchu statków, wspólne szkolenia dla operatorów dźwigów oraz coroczne spotkania specjalistów od ochrony wybrzeża.

## Co zawiera porozumienie

- udostępnianie w czasie rzeczywistym informacji o zajętości nabrzeży,
- program wymiany praktykantów między szkołami morskimi obu miast,
- wspólny fundusz badań nad ochroną przed sztormami i podnoszeniem się poziomu morza.

> Nasze porty dzieli ocean, ale problemy mamy bardzo podobne: coraz silniejsze sztormy, coraz większe statki i coraz mniej czasu na ich obsługę.

Tak mówiła prezydent Nowej Przystani Halina Borowiec podczas uroczystości w ratuszu. Burmistrz Harborview Daniel Ostrander, który przyleciał na podpisanie umowy, podkreślił, że w pierwszym roku porozumienie nie obciąży budżetu żadnego z miast. Koszty szkoleń pokryją same zarządy portów.

Miasta są partnerami od ponad trzydziestu lat, lecz dotąd współpraca ograniczała się głównie do kultury, sportu i wymiany szkolnej. Związkowcy z obu portów przyjęli porozumienie z ostrożnym optymizmem. Przedstawiciele dokerów z Nowej Przystani zapowiedzieli, że będą uważnie śledzić, czy wymiana danych nie posłuży do dalszej automatyzacji nabrzeży.

Pierwsza grupa dwunastu praktykantów ma przyjechać do Harborview wiosną. Delegacja inżynierów z Harborview odwiedzi natomiast Nową Przystań jeszcze w tym miesiącu, aby obejrzeć ruchome zapory przeciwpowodziowe w starym porcie.`,
  },
  {
    slug: 'harborview-delegation-visits-nowa-przystan',
    title: "Harborview engineers study Nowa Przystań's movable flood walls",
    dek: "Days after the twin-city port pact was signed, a council delegation toured the Polish city's floating flood defenses and came home with a list of ideas.",
    section: 'world',
    author: 'tomasz-wierzbicki',
    tags: ['twin-cities', 'climate'],
    language: 'en',
    status: 'published',
    hoursAgo: 60,
    heroImage: {
      url: '/media/seed/rain.svg',
      alt: 'Rain falling over a low flood wall that separates an old harbor from a row of narrow houses',
      caption: 'Movable flood walls protect the old harbor district of Nowa Przystań during autumn storms.',
      credit: CREDIT,
    },
    body: `A six-person delegation from Harborview's public works department spent three days in Nowa Przystań this week, studying the flood defenses that the Polish twin city installed along its old harbor after a destructive storm fourteen years ago.

The centerpiece is a line of hollow steel panels that lie flat in the quay and float upright as water rises, without any motor or operator. Nowa Przystań's engineers say the panels have lifted on their own eleven times since they were installed, most recently during a January surge.

## What the delegation wants to copy

- **Passive barriers** for the Lower Quay, where Harborview currently relies on crews stacking sandbags.
- **Shared forecasting.** Nowa Przystań publishes surge forecasts every hour in a simple public format that Harborview's own system could adopt.
- **Neighborhood drills** held twice a year, in which residents practice moving cars and ground-floor belongings.

> What struck us was not the steel. It was how ordinary they have made the whole thing. People here treat a flood drill like a fire drill.

That was Anika Solheim, Harborview's deputy director of public works, speaking on the last day of the visit.

The trip was the first practical step under the port cooperation agreement signed last week. Solheim said her team would report to the council's infrastructure committee before the end of the year, with a rough cost estimate for a pilot section of about 300 meters on the Lower Quay.

Nowa Przystań officials, for their part, are interested in Harborview's newer storm-surge barrier at the harbor mouth, and a return visit is planned for the spring.`,
    related: ['nowa-przystan-i-harborview-podpisuja-umowe-portowa'],
  },
  {
    slug: 'northern-strait-shipping-lanes-reopen-early',
    title: 'Northern Strait shipping lanes reopen early after a mild ice season',
    dek: 'Coast guard officials cleared the seasonal route three weeks ahead of schedule, a boost for regional ports but a worrying sign for researchers tracking sea ice.',
    section: 'world',
    author: 'tomasz-wierzbicki',
    tags: ['shipping', 'climate'],
    language: 'en',
    status: 'published',
    hoursAgo: 65,
    heroImage: {
      url: '/media/seed/harbor.svg',
      alt: 'A cargo ship leaving a harbor past a lighthouse, with open grey water ahead',
      caption: 'A container ship heads out toward the Northern Strait from Harborview.',
      credit: CREDIT,
    },
    body: `The seasonal shipping lanes through the Northern Strait reopened on Wednesday, three weeks earlier than the long-term average, after the coastal guard service declared the channel free of drifting ice.

For ports along the coast, including Harborview and Port Aldane, an early opening means cheaper and faster routes to northern markets. Shipping companies can save up to four days on a round trip compared with the longer southern passage.

## Good for trade, less good for ice

Researchers have been less enthusiastic. The strait has now opened early in six of the last eight years, and the period in which the channel is frozen solid has shortened by about a month since records began.

> Every early opening is good news for a shipping schedule and a data point for a trend we would rather not see.

That was how Lena Haverkamp, a sea-ice scientist at the Coastal Polar Institute, put it in a briefing for regional officials.

The guard service said it would keep two icebreakers on standby until the end of the month, because late cold spells can still push loose ice back into the channel.

Insurers have also been cautious. Vessels using the strait before the official mid-season date still need an ice-class certificate, and several underwriters have told clients that they will not lower premiums simply because the route opened early. Harborview's port authority expects around 40 additional vessel calls this season as a result of the early opening.`,
    sources: [{ name: 'Reuters', url: 'https://www.reuters.com/world/' }],
  },
  {
    slug: 'coastal-league-summit-reservoir-pledge',
    title: 'Coastal League summit ends with pledge to share reservoirs in drought years',
    dek: 'Leaders of nine coastal provinces agreed to pool emergency water supplies, but left the hardest question, who pays for new pipelines, to a later meeting.',
    section: 'world',
    author: 'tomasz-wierzbicki',
    tags: ['climate'],
    language: 'en',
    status: 'published',
    hoursAgo: 200,
    heroImage: {
      url: '/media/seed/forest.svg',
      alt: 'A reservoir with a low waterline surrounded by pine forest and dry banks',
      caption: 'Water levels at upland reservoirs fell to record lows during last summer\'s drought.',
      credit: CREDIT,
    },
    body: `Leaders of the nine provinces in the Coastal League ended a two-day summit in Harborview on Friday with a pledge to share reservoir water during declared droughts, the first agreement of its kind in the region.

Under the deal, a province whose reserves fall below 30 percent of capacity can request emergency transfers from its neighbors. Requests will be assessed by a new technical panel, which must respond within ten days.

## What was agreed, and what was not

1. A shared drought declaration standard, replacing nine different local definitions.
2. A common water-use dashboard, to be published online within a year.
3. A commitment to study, but not yet fund, three new pipelines connecting upland reservoirs.

The pipelines are the sticking point. Marren province, which suffered both a drought last summer and severe flooding this autumn, wants the richer coastal provinces to pay the majority of the construction cost. Harborview's region has argued for a split based on population.

> We have agreed to help each other when the taps run dry. We have not yet agreed who will pay the plumber.

The remark came from the league's outgoing chair, Governor Ilse Brandauer of Marren, at the closing press conference, and drew laughter from delegates.

Environmental groups welcomed the agreement but said it did little to reduce demand. The next summit, scheduled for the spring, is expected to focus on financing.`,
    sources: [
      { name: 'Associated Press', url: 'https://apnews.com/hub/climate-and-environment' },
      { name: 'Reuters', url: 'https://www.reuters.com/sustainability/' },
    ],
  },
  {
    slug: 'harborview-offers-homes-to-marren-flood-families',
    title: 'Harborview offers temporary homes to 400 families displaced by Marren floods',
    dek: 'Empty student housing and two vacant hotels will be used for up to six months while the neighboring province repairs thousands of damaged homes.',
    section: 'world',
    author: 'maya-okafor',
    tags: ['housing', 'climate'],
    language: 'en',
    status: 'published',
    hoursAgo: 110,
    updatedHoursAgo: 96,
    heroImage: {
      url: '/media/seed/rain.svg',
      alt: 'Heavy rain over a flooded street with the roofs of parked cars just above the water',
      caption: 'Floodwater in the Marren river valley, where more than 3,000 homes were damaged.',
      credit: CREDIT,
    },
    body: `Harborview will provide temporary housing for up to 400 families displaced by last week's floods in neighboring Marren province, Mayor Daniel Ostrander announced on Tuesday.

The families will be housed in a university residence that is half empty after a renovation, and in two hotels near the train station that closed last year and are now owned by the city's housing agency. Stays will last up to six months.

Marren officials estimate that more than 3,000 homes were damaged when the river burst its banks after four days of continuous rain. Around 1,100 households remain in emergency shelters in school gyms and community halls.

## Who is eligible

- families with children under 16, or with a member who needs regular medical care;
- households whose homes have been declared unsafe by Marren building inspectors;
- workers who already commute to jobs in Harborview.

> We have been neighbors for a very long time. This is what neighbors do.

The mayor said the cost, estimated at $4.2 million, would be shared with the provincial government. Several council members asked whether the offer would affect Harborview's own waiting list for social housing; the housing agency said none of the units involved were available to it before the floods.

*Updated:* The housing agency has opened a dedicated phone line for Marren families and says the first 60 households will move in at the weekend.`,
    sources: [{ name: 'BBC News', url: 'https://www.bbc.com/news/world' }],
    related: ['coastal-league-summit-reservoir-pledge'],
  },
  {
    slug: 'port-aldane-ferry-crews-walk-out',
    title: 'Port Aldane ferry crews walk out, stranding morning commuters',
    dek: 'A sudden strike over new shift rosters halted all cross-bay ferries at dawn, leaving thousands of commuters to queue for buses around the bay.',
    section: 'world',
    author: 'maya-okafor',
    tags: ['transit', 'shipping'],
    language: 'en',
    status: 'published',
    hoursAgo: 0.5,
    body: `Ferry crews in Port Aldane walked off the job before the first sailing on Thursday, halting every cross-bay service to Harborview and leaving thousands of commuters searching for another way to work.

The Bay Mariners' Union said the strike was a response to new shift rosters introduced by Aldane Ferries on Monday, which crews say cut rest time between shifts to as little as nine hours.

## What commuters need to know

- **No ferries** are running between Port Aldane and Harborview's Central Pier.
- **Extra buses** are running on the coastal road every 15 minutes, but the journey takes about 70 minutes instead of 25.
- **Tickets:** monthly ferry passes are being accepted on the coastal buses until further notice.

> Nobody on our boats wanted to leave people on the dock this morning. But crews are exhausted, and an exhausted crew is a safety problem.

That was the union's local organizer, Benedikt Rao, speaking outside the ferry terminal.

Aldane Ferries said the new rosters complied with maritime regulations and had been discussed with staff representatives for months. The company called the walkout unlawful and said it was seeking talks through the regional mediation service.

Queues at the coastal bus stops stretched for several hundred meters shortly after 7 a.m. This is a developing story and will be updated.`,
    sources: [{ name: 'Associated Press', url: 'https://apnews.com/world-news' }],
  },

  // ------------------------------------------------------------- BUSINESS
  {
    slug: 'council-proposes-budget-with-night-bus-cuts',
    title: 'Council proposes $1.2bn budget that would end night buses',
    dek: 'The finance committee wants to close a $46 million gap by scrapping overnight routes, shutting libraries on Sundays and raising central parking charges.',
    section: 'business',
    author: 'maya-okafor',
    tags: ['city-council', 'budget', 'transit'],
    language: 'en',
    status: 'published',
    hoursAgo: 390,
    heroImage: {
      url: '/media/seed/skyline.svg',
      alt: 'The Harborview skyline at dusk, with the domed City Hall in the foreground',
      caption: 'City Hall, where the finance committee published its spending plan on Tuesday.',
      credit: CREDIT,
    },
    body: `Harborview's finance committee on Tuesday published a proposed $1.2 billion budget for the coming year that would end all overnight bus service, freeze hiring across most departments and raise parking charges in the central district.

Finance chair Rosa Imbert said the city faced a $46 million gap, driven largely by higher insurance premiums on waterfront property and rising pension costs.

## Where the cuts fall

- **Night buses:** all six overnight routes would stop running from April, saving $7.8 million.
- **Libraries:** the eight branch libraries would close on Sundays.
- **Parks:** seasonal maintenance crews would shrink by a third.
- **Parking:** hourly rates in the central district would rise from $2.50 to $3.25.

> Nobody on this committee wants to cut a single bus. But the numbers in front of us are not a matter of opinion.

Imbert was speaking to reporters after the session. Transit unions reacted within the hour, saying that hospital cleaners, bakers and port night shifts depend on the overnight network.

The proposal now goes to a public hearing next month, followed by amendments and a final vote before the fiscal year begins. Council member Theo Marchetti, who represents the Lower Quay, said he would table an amendment to protect at least two night routes.

The full proposal and the schedule of hearings are posted on the city's website. Residents can submit written comments until the day of the hearing.`,
  },
  {
    slug: 'budget-hearing-draws-record-crowd',
    title: 'Record crowd packs budget hearing as residents fight night-bus cuts',
    dek: 'More than 600 people signed up to speak, forcing the council to move the session to the Harbor Hall auditorium and keep going past midnight.',
    section: 'business',
    author: 'maya-okafor',
    tags: ['city-council', 'budget'],
    language: 'en',
    status: 'published',
    hoursAgo: 170,
    heroImage: {
      url: '/media/seed/skyline.svg',
      alt: 'A long queue of people outside a civic building under evening streetlights',
      caption: 'The queue outside City Hall before the hearing was moved to Harbor Hall.',
      credit: CREDIT,
    },
    body: `The public hearing on Harborview's proposed budget ran for seven and a half hours on Thursday, with more than 600 residents registered to speak, the most the city clerk's office has ever recorded for a budget session.

The meeting was moved at short notice from the council chamber to the Harbor Hall auditorium after the queue outside City Hall stretched around the block.

## Night buses dominated

Most speakers addressed the plan to end all six overnight bus routes. Nurses from St. Brendan's Hospital, bakery workers and port crane operators described journeys home that would otherwise take hours on foot, or cost more in taxi fares than they earn in a shift.

> I finish at two in the morning. Without the N4, I either sleep in the break room or I quit. Those are my options.

That testimony, from a hospital porter named Abdi Farah, drew the longest applause of the night. Others spoke about the Sunday library closures, and a smaller group of business owners argued for lower parking charges rather than higher ones, warning that the Quayside Market depends on weekend shoppers who drive in from the suburbs.

Finance chair Rosa Imbert thanked residents for staying late and said the committee would publish its amendments within two weeks. She did not commit to restoring any routes, but said the transit department had been asked to cost a reduced overnight network.

Council member Theo Marchetti said the turnout had changed the debate. 'The room was full of people who keep this city running while the rest of us sleep,' he said.`,
    related: ['council-proposes-budget-with-night-bus-cuts'],
  },
  {
    slug: 'council-passes-budget-restoring-night-buses',
    title: 'Council passes budget, restoring four of six night bus routes',
    dek: 'An 8-3 vote approved the $1.2bn budget after amendments reinstated most overnight service, paid for by a new levy on cruise-ship passengers.',
    section: 'business',
    author: 'maya-okafor',
    tags: ['budget', 'transit', 'city-council'],
    language: 'en',
    status: 'published',
    hoursAgo: 20,
    updatedHoursAgo: 6,
    heroImage: {
      url: '/media/seed/train.svg',
      alt: 'A lit city bus at a night stop beside the water, with a few passengers waiting',
      caption: 'The N4 night bus at Central Pier. It is one of four overnight routes saved by the budget vote.',
      credit: CREDIT,
    },
    body: `Harborview City Council approved the city's $1.2 billion budget late on Monday by eight votes to three, after a series of amendments reversed the most contested cuts in the original proposal.

Four of the six overnight bus routes will keep running, paid for by a new $3 levy on each cruise-ship passenger landing at the Outer Terminal. The levy is expected to raise about $5.9 million a year.

## What changed since the proposal

1. Night routes N1, N2, N4 and N6 are saved; N3 and N5 will be merged into a single loop.
2. Five of the eight branch libraries will keep Sunday opening hours.
3. The parking increase is smaller: hourly rates rise to $2.90 instead of $3.25.
4. The hiring freeze stays, with exemptions for firefighters and lifeguards.

Finance chair Rosa Imbert called the final budget 'tighter than anyone wanted, but honest.' The three members who voted against it said the cruise levy was untested and could push operators toward the rival terminal at Port Aldane.

The Harbor Cruise Association said in a short statement that it would study the detail before commenting.

> Four out of six is a start, not a finish. We will keep making the case for the people on the N3 and N5.

That was Marisol Trent, secretary of the transit workers' union, on Tuesday morning.

*Updated on Tuesday with comment from the transit workers' union.*`,
    related: ['budget-hearing-draws-record-crowd', 'council-proposes-budget-with-night-bus-cuts'],
  },
  {
    slug: 'quayside-market-traders-win-rent-freeze',
    title: 'Quayside Market traders win a five-year rent freeze',
    dek: 'The 140 stallholders will pay the same rent for five years under a deal with the port authority, ending a two-year fight over a planned 30% rise.',
    section: 'business',
    author: 'elliot-hale',
    tags: ['small-business'],
    language: 'en',
    status: 'published',
    hoursAgo: 75,
    heroImage: {
      url: '/media/seed/market.svg',
      alt: 'Rows of covered market stalls selling fish, bread and vegetables under striped awnings',
      caption: 'Quayside Market on a Saturday morning, when most of its 140 stalls are open.',
      credit: CREDIT,
    },
    body: `Traders at Harborview's Quayside Market have secured a five-year rent freeze after a two-year dispute with the port authority, which owns the historic covered market and the land around it.

The authority had planned to raise rents by 30 percent to pay for a new roof and fire system. Under the agreement signed on Friday, the roof will instead be paid for by a mix of city heritage grants and a small increase in the fees charged to food trucks at weekend events.

## The deal in brief

- Stall rents frozen at current levels for five years.
- A traders' representative will sit on the market's management board for the first time.
- Roof and fire-safety work will start in January and be done in phases, so no stall closes for more than two weeks.

> Half of us would have been gone within a year. The fishmongers, the cheese stall, the knife grinder. Now we can plan.

That was Carla Dunmore, who has run a bakery stall at the market for 22 years and chairs the Quayside Traders' Association.

The port authority said the compromise protected 'one of the few places in the city where you can still start a business with a table and a good idea.' Average stall rent is around $640 a month, well below the cost of a shop unit in the central district.

The market draws an estimated 18,000 visitors on a typical Saturday.`,
  },
  {
    slug: 'tidewater-lines-posts-record-quarter',
    title: 'Tidewater Lines posts record quarter as container volumes recover',
    dek: "Harborview's largest shipping company reported its strongest three months in a decade, though executives warned that freight rates are already softening.",
    section: 'business',
    author: 'elliot-hale',
    tags: ['shipping'],
    language: 'en',
    status: 'published',
    hoursAgo: 50,
    heroImage: {
      url: '/media/seed/harbor.svg',
      alt: 'Stacks of colorful shipping containers on a quay beneath two gantry cranes',
      caption: "Containers awaiting loading at Tidewater Lines' terminal on the North Quay.",
      credit: CREDIT,
    },
    body: `Tidewater Lines, the Harborview-based container shipping company, reported operating profit of $212 million for the third quarter on Thursday, its best result in ten years, as volumes on its northern routes recovered and the early opening of the Northern Strait shortened voyages.

Revenue rose 18 percent from a year earlier to $1.36 billion. The company carried the equivalent of 410,000 standard containers, up 11 percent.

## Caution from the top

Chief executive Annelise Korth told analysts that the result was 'a very good quarter, not a new normal.' Spot freight rates on Tidewater's main routes have fallen about 9 percent since the end of the quarter, and several competitors are taking delivery of large new ships over the next year.

> We are going to be careful with this money. The last time our industry had a year like this, it ordered too many ships and spent five years regretting it.

The company said it would pay a special dividend and put $90 million toward converting four of its vessels to run on methanol, part of a plan to cut emissions by 40 percent by the end of the decade.

Shares in Tidewater rose 6 percent on the regional exchange.

Tidewater employs about 2,300 people in Harborview, including crews, terminal staff and its head office on the waterfront. The company said it had no plans for further hiring this year.`,
    sources: [
      { name: 'Financial Times', url: 'https://www.ft.com/companies' },
      { name: 'Reuters', url: 'https://www.reuters.com/business/' },
    ],
    related: ['northern-strait-shipping-lanes-reopen-early'],
  },
  {
    slug: 'kestrel-rail-wins-tram-extension-contract',
    title: 'Kestrel Rail wins $310m contract to build Harbor Line extension trams',
    dek: 'The regional manufacturer beat two overseas bidders and says more than half of the new battery trams will be assembled at its Eastfield plant.',
    section: 'business',
    author: 'elliot-hale',
    tags: ['transit', 'energy'],
    language: 'en',
    status: 'published',
    hoursAgo: 90,
    heroImage: {
      url: '/media/seed/train.svg',
      alt: 'A modern tram on a factory floor surrounded by scaffolding and workers in high-visibility vests',
      caption: "Tram assembly at Kestrel Rail's Eastfield works, which will build most of the new fleet.",
      credit: CREDIT,
    },
    body: `Kestrel Rail, the tram and train maker based in Eastfield, has won a $310 million contract to supply 24 battery trams for the Harbor Line extension to the Outer Terminal, the city's transit agency announced on Wednesday.

The company beat two overseas bidders. Transit officials said Kestrel's offer was not the cheapest, but scored highest on maintenance costs over thirty years and on local employment.

## What the contract includes

- 24 battery trams, each carrying up to 220 passengers;
- fast-charging equipment at nine stops;
- thirty years of maintenance at a fixed, inflation-linked price.

Kestrel says at least 14 of the trams will be assembled at Eastfield, supporting around 300 jobs. The remainder will be built at a partner plant abroad, with final fitting done locally.

> This is the biggest order in our history, and it comes from the city our founders sold their first tram to.

So said Kestrel's managing director, Oren Blackwood, at a signing event at the tram depot.

The losing bidders have ten days to challenge the decision. The first trams are due for testing in about two and a half years, with passenger service on the extension planned shortly after.

The transit agency also confirmed that the extension's budget remains unchanged at $780 million in total, despite higher steel prices.`,
    related: ['harbor-line-extension-battery-trams'],
  },

  // ----------------------------------------------------------- TECHNOLOGY
  {
    slug: 'harbor-line-extension-battery-trams',
    title: 'Harbor Line extension will run battery trams, with no overhead wires',
    dek: 'Trams on the new six-kilometer stretch to the Outer Terminal will recharge at stops in under a minute, keeping the historic waterfront free of cables.',
    section: 'technology',
    author: 'priya-raman',
    tags: ['transit', 'energy'],
    language: 'en',
    status: 'published',
    hoursAgo: 260,
    heroImage: {
      url: '/media/seed/train.svg',
      alt: 'A sleek tram gliding along a waterfront street with no overhead wires above it',
      caption: 'An illustration of a battery tram on the planned Harbor Line extension.',
      credit: CREDIT,
    },
    body: `The planned six-kilometer extension of Harborview's Harbor Line will be the city's first tram route without overhead wires, the transit agency confirmed on Monday.

Instead, trams will carry batteries under the floor and top up at nine of the route's twelve stops, using charging rails that rise from the platform while passengers get on and off. A full charge is not needed: each stop adds enough energy to reach the next two.

## Why no wires?

The extension runs along the Old Harbor waterfront, a protected heritage area where the city's planning board has long resisted new poles and cables. Battery trams avoid that fight entirely.

There are practical benefits too:

1. Construction is faster, because no poles or foundations are needed along most of the route.
2. The trams can run through the Customs Arch, whose height leaves no room for a wire.
3. The charging system can be powered partly by solar canopies at the Outer Terminal.

Engineers say batteries add about four tonnes to each tram and will need replacing roughly every ten years, a cost included in the agency's estimates.

> The technology is no longer experimental. Several cities already run battery trams in daily service. What's new for us is planning a whole line around it.

That was Ines Kowal, the agency's director of infrastructure. More technical detail is available from the agency's consultation documents and from the [International Association of Public Transport](https://www.uitp.org/). Construction is expected to take about three years.`,
  },
  {
    slug: 'libraries-trial-ai-help-desk',
    title: 'City libraries trial an AI help desk, with a librarian always on call',
    dek: 'A six-month pilot at three branches lets visitors ask a chatbot about hours and catalog searches, while staff review every answer it flags as uncertain.',
    section: 'technology',
    author: 'priya-raman',
    tags: ['artificial-intelligence', 'city-council'],
    language: 'en',
    status: 'published',
    hoursAgo: 130,
    heroImage: {
      url: '/media/seed/circuit.svg',
      alt: 'A stylized circuit board pattern forming the outline of an open book',
      caption: 'The help desk pilot runs at the Central, Westbank and Lower Quay branches.',
      credit: CREDIT,
    },
    body: `Harborview Public Library has begun a six-month trial of an AI help desk at three branches, answering questions about opening hours, room bookings and catalog searches through a tablet at the front desk and a chat window on the library website.

Library managers stress that the system does not replace staff. Every branch taking part keeps a librarian on duty at the desk, and the chatbot is designed to hand over whenever a question involves personal data, complaints or anything it rates as uncertain.

## The ground rules

- The assistant only answers from the library's own catalog, policies and event listings.
- Conversations are deleted after 30 days and are never used to train outside models.
- Each answer shows a button labeled *Ask a person*, which sends the question to staff.
- Librarians review a sample of conversations every week and publish an error count.

> If it tells someone the wrong opening time, that's annoying. If it gives someone the wrong information about their benefits, that's harm. So it doesn't answer questions like that at all.

That was Ruth Okonjo, head of digital services, explaining why the assistant refuses questions outside the library's own information.

The pilot costs $38,000, funded by a state digital innovation grant rather than the city budget. The library will decide in the spring whether to extend it. Residents can comment through the library's online feedback form or at any branch.`,
  },
  {
    slug: 'saltwire-raises-funding-for-sensor-buoys',
    title: 'Harborview startup Saltwire raises $14m for solar sensor buoys',
    dek: 'Founded by two former port engineers, the company makes buoys that track water quality and waves, and sells the data to harbors and fish farms.',
    section: 'technology',
    author: 'elliot-hale',
    tags: ['startups', 'climate'],
    language: 'en',
    status: 'published',
    hoursAgo: 95,
    heroImage: {
      url: '/media/seed/circuit.svg',
      alt: 'A circuit diagram overlaid on a yellow buoy floating on choppy water',
      caption: "Saltwire's buoys measure temperature, oxygen, turbidity and wave height every five minutes.",
      credit: CREDIT,
    },
    body: `Saltwire, a four-year-old Harborview company that builds solar-powered sensor buoys, has raised $14 million in new funding, the largest round for a local hardware startup this year.

The buoys measure water temperature, dissolved oxygen, turbidity and wave height every five minutes, and send readings over a satellite link. Customers include three port authorities, a dozen fish farms and Harborview University's marine science department.

## From port engineers to founders

Co-founders Dagny Ross and Kwame Aldous met while working on dredging projects for the Harborview port authority. They started building prototypes in a rented garage on the North Quay after a harmful algal bloom closed local shellfish beds in 2019 and nobody had data to predict it.

> Everyone could tell us what had happened after the fact. Nobody could tell us what was happening that morning.

Ross said the new money would pay for:

- a second production line, doubling output to about 1,200 buoys a year;
- an early-warning service that alerts fish farms to low-oxygen water;
- twenty new jobs, mostly in engineering and data science.

The round was led by a regional climate-technology fund, with participation from existing investors. Saltwire did not disclose its valuation but said it expects revenue of about $9 million this year.

Harborview's economic development office has highlighted the company as an example of the 'blue economy' businesses it hopes to attract to the redeveloped North Quay.`,
    sources: [{ name: 'Financial Times', url: 'https://www.ft.com/technology' }],
  },
  {
    slug: 'card-payment-outage-hits-harborview-shops',
    title: 'Card payment outage leaves Harborview shops cash-only for three hours',
    dek: 'A fault at a regional payment processor knocked out card terminals across the city on Saturday, hitting Quayside Market traders on their busiest morning.',
    section: 'technology',
    author: 'elliot-hale',
    tags: ['small-business'],
    language: 'en',
    status: 'published',
    hoursAgo: 15,
    updatedHoursAgo: 3,
    heroImage: {
      url: '/media/seed/market.svg',
      alt: 'A handwritten cash-only sign taped to a market stall counter next to a card reader',
      caption: 'A cash-only sign at Quayside Market during Saturday\'s outage.',
      credit: CREDIT,
    },
    body: `Card terminals in hundreds of Harborview shops, cafes and market stalls stopped working for about three hours on Saturday morning after a fault at Coastline Payments, a regional processor used by many small businesses.

Customers reported declined transactions from around 9:40 a.m. The company said service was fully restored shortly before 1 p.m.

## What went wrong

Coastline said a routine software update to its authorization servers had caused a database to reject valid requests. A rollback was delayed because the backup system had been configured with the same update. The company insists that no card data was exposed.

At Quayside Market, where stallholders recently won a rent freeze after a long dispute with the port authority, traders said Saturday is when they make most of their weekly income.

> We had a queue and a tin of coins. People were running to the cash machine on Dock Street, and then that ran out too.

That was Nikos Varga, who sells olives and cured meats at the market.

Small-business groups are calling for Coastline to compensate affected merchants. The company has said it will waive transaction fees for all Harborview customers for the month.

*Updated:* Coastline Payments has published a short incident report and says it will separate its backup systems from the main update schedule. The report is available on the company's status page.`,
    related: ['quayside-market-traders-win-rent-freeze'],
  },
  {
    slug: 'council-opens-live-bus-and-tram-data',
    title: 'Council opens live bus and tram location data to developers',
    dek: 'A free public feed now publishes vehicle positions every ten seconds, and two local app makers have already built arrival boards on top of it.',
    section: 'technology',
    author: 'priya-raman',
    tags: ['transit', 'city-council'],
    language: 'en',
    status: 'published',
    hoursAgo: 180,
    body: `Harborview's transit agency has started publishing the live positions of every city bus and tram as a free public data feed, updated every ten seconds.

The feed uses the widely adopted GTFS Realtime format, which means existing journey-planning apps can read it with little extra work. Until now, live positions were only visible in the agency's own app, which has an average rating of just over two stars.

## What is in the feed

- vehicle positions and headings for buses, trams and the harbor shuttle boat;
- predicted arrival times at every stop;
- service alerts, such as diversions and cancellations;
- occupancy estimates, based on door sensors, for about half of the fleet.

The data is published under an open license. Developers only need to register for a free key, which the agency says is used to contact them if the format changes, not to limit access. Documentation is modeled on the [GTFS reference](https://gtfs.org/), so anyone familiar with other cities' feeds will recognize it.

> We are not the best people to build every app that riders want. We are the only people who can publish the data.

That was the agency's head of digital, Felipe Anand.

Within a day of launch, two local developers had released arrival boards, one aimed at cafes and shops near stops and another built for screen readers. The agency says the future Harbor Line extension will be included in the feed from its first day of service.`,
    related: ['harbor-line-extension-battery-trams'],
  },

  // -------------------------------------------------------------- SCIENCE
  {
    slug: 'storm-surge-barrier-full-closure-test',
    title: "Engineers close Harborview's storm-surge barrier in first full test",
    dek: 'The twin steel gates across the harbor mouth swung shut in 38 minutes, four minutes faster than designed, in a test timed for the highest tide of the season.',
    section: 'science',
    author: 'priya-raman',
    tags: ['climate'],
    language: 'en',
    status: 'published',
    hoursAgo: 220,
    heroImage: {
      url: '/media/seed/harbor.svg',
      alt: 'Two curved steel gates closing across the mouth of a harbor under a cloudy sky',
      caption: 'The storm-surge barrier gates meet across the harbor mouth during Sunday\'s test.',
      credit: CREDIT,
    },
    body: `Harborview's new storm-surge barrier completed its first full closure on Sunday, with both of its curved steel gates swinging shut across the harbor mouth in 38 minutes, four minutes faster than the design specification.

The test was timed to coincide with the highest astronomical tide of the season, so engineers could measure how the gates behave when water on the seaward side is at its peak.

## How the barrier works

Each gate is a hollow steel arm roughly 200 meters long, resting in a dry dock on either bank. Before a storm, the docks are flooded, the arms float out and pivot into place, and then they are partly filled with water so they sink onto a concrete sill on the seabed.

The test checked three things:

1. the time needed to float and position both arms;
2. the seal between the gates and the sill;
3. how quickly the harbor can be reopened to ships afterwards.

> We learned more in one afternoon than in a year of computer models. The gates moved beautifully. The seal let through a little more than we expected, and now we know where.

That was Dr. Helga Marsh, the barrier's chief engineer.

The barrier cost $1.1 billion and was designed to protect the city against a storm surge with roughly a one-in-a-thousand-year chance of occurring, allowing for projected sea-level rise. The harbor was closed to shipping for just under five hours during the test.`,
  },
  {
    slug: 'seagrass-meadows-return-to-harborview-bay',
    title: 'Seagrass meadows are returning to Harborview Bay, survey finds',
    dek: 'Divers mapped 42 hectares of eelgrass where almost none grew a decade ago, a recovery researchers link to cleaner runoff and a ban on dragging anchors.',
    section: 'science',
    author: 'priya-raman',
    tags: ['climate'],
    language: 'en',
    status: 'published',
    hoursAgo: 155,
    heroImage: {
      url: '/media/seed/forest.svg',
      alt: 'Long green blades of seagrass swaying underwater with small fish swimming between them',
      caption: 'Eelgrass off the Westbank shore, one of four meadows mapped in the survey.',
      credit: CREDIT,
    },
    body: `Seagrass is returning to Harborview Bay. A survey by Harborview University's marine ecology group mapped 42 hectares of eelgrass meadows this summer, compared with fewer than three hectares when the same sites were last surveyed ten years ago.

The team combined dive transects with drone photographs taken at low tide, then checked their maps against sediment samples. Results were published this week in a peer-reviewed journal.

## Why it matters

Seagrass meadows shelter juvenile fish, steady sediment on the seabed and store carbon in the mud beneath them. They are also sensitive: cloudy water blocks the light they need, and boat anchors can tear up years of growth in minutes.

The researchers point to two likely causes of the recovery:

- **Cleaner runoff.** Upgrades to the Westbank treatment plant cut nitrogen entering the bay by about 35 percent.
- **No-anchor zones.** Since 2018, boats in four marked areas have had to use fixed moorings.

> This is one of those rare stories where the policy was made, people followed it, and nature answered.

So said Dr. Ama Kettering, who led the survey.

Kettering cautioned that one good decade does not guarantee the next. Marine heatwaves have damaged seagrass elsewhere, and the bay's water temperature has been rising. The group now plans to survey every two years, and volunteer divers can join through the university's citizen science program.`,
    sources: [{ name: 'Nature', url: 'https://www.nature.com/subjects/ecology' }],
  },
  {
    slug: 'university-lab-sodium-battery-5000-cycles',
    title: 'Harborview lab reports sodium battery that survives 5,000 charge cycles',
    dek: 'Researchers at Harborview University say their cell kept 90% of its capacity after 5,000 cycles, a result that could matter for trams and grid storage alike.',
    section: 'science',
    author: 'priya-raman',
    tags: ['energy'],
    language: 'en',
    status: 'published',
    hoursAgo: 70,
    heroImage: {
      url: '/media/seed/lab.svg',
      alt: 'Laboratory bench with rows of small battery cells wired to test equipment',
      caption: 'Test cells in the Harborview University electrochemistry lab.',
      credit: CREDIT,
    },
    body: `A team at Harborview University says it has built a sodium-ion battery cell that retained 90 percent of its capacity after 5,000 full charge and discharge cycles, roughly double what similar cells achieved in the group's earlier experiments.

Sodium-ion batteries use abundant materials instead of lithium and cobalt. They store less energy for their weight, which makes them less attractive for cars, but potentially ideal for uses where weight matters less than cost and lifetime, such as grid storage or vehicles that recharge often.

## What the team changed

The researchers coated the cathode particles in an extremely thin protective layer that slows the chemical reactions that normally wear cells down. They also adjusted the electrolyte to stop a crust forming on the anode.

> Long life is the unglamorous part of battery research, but it's what decides whether something gets used.

That was Professor Yusuf Lindqvist, who leads the lab.

Outside experts were encouraging but careful. The results come from small laboratory cells, and it is not yet clear whether the coating can be applied cheaply at factory scale.

The lab has discussed the work with Kestrel Rail, which is building battery trams for the city's Harbor Line extension, although there is no agreement to use the technology. Trams on the extension will charge at almost every stop, so they could go through several cycles a day. The research was funded by a national energy storage program and the university's own innovation fund.`,
    sources: [
      { name: 'Nature', url: 'https://www.nature.com/subjects/batteries' },
      { name: 'BBC News', url: 'https://www.bbc.com/news/science_environment' },
    ],
    related: ['harbor-line-extension-battery-trams', 'kestrel-rail-wins-tram-extension-contract'],
  },
  {
    slug: 'tree-cover-cuts-heat-hospital-visits',
    title: 'Streets with more trees saw fewer heat-related hospital visits, study suggests',
    dek: 'An analysis of six summers of emergency records found that neighborhoods with the densest tree canopy had about a fifth fewer heat-related visits.',
    section: 'science',
    author: 'priya-raman',
    tags: ['health', 'climate'],
    language: 'en',
    status: 'published',
    hoursAgo: 240,
    heroImage: {
      url: '/media/seed/forest.svg',
      alt: 'A residential street lined with tall leafy trees casting deep shade over the pavement',
      caption: 'Tree-lined Alder Street in Westbank, which has one of the densest canopies in the city.',
      credit: CREDIT,
    },
    body: `Harborview neighborhoods with the most tree cover had about 20 percent fewer heat-related emergency visits during hot spells than those with the least, according to a study by the city's public health department and Harborview University.

Researchers matched six summers of anonymized emergency department records with satellite maps of tree canopy, and adjusted for age, income and the number of people living alone.

## Key findings

- On days above 32°C, heat-related visits rose in every neighborhood, but far less in the greenest ones.
- The effect was strongest for people over 75.
- Surface temperatures on the least shaded streets were up to 9°C higher in mid-afternoon.

> Trees aren't decoration. In a heatwave they behave like a piece of medical equipment that happens to be free at the point of use.

That was Dr. Naomi Petrakis, an epidemiologist at the health department and one of the authors.

The authors stress that their study shows an association, not proof of cause, and that some of the difference may come from factors they could not measure, such as access to air conditioning.

The city's current urban forest plan aims to raise canopy cover from 19 to 25 percent within fifteen years, prioritizing the Lower Quay and Eastfield, the two districts with the least shade. The study is likely to strengthen the case for planting there first.`,
    sources: [{ name: 'BBC News', url: 'https://www.bbc.com/news/health' }],
  },
  {
    slug: 'wettest-october-on-record',
    title: 'Harborview records its wettest October since measurements began',
    dek: 'The Signal Hill weather station logged 312 mm of rain this month, breaking a record from the 1950s, and the new storm barrier was closed twice.',
    section: 'science',
    author: 'priya-raman',
    tags: ['climate'],
    language: 'en',
    status: 'published',
    hoursAgo: 4,
    heroImage: {
      url: '/media/seed/rain.svg',
      alt: 'Heavy rain streaking past streetlights over a wet city street with umbrellas',
      caption: 'Rain over the central district, which saw 23 wet days this month.',
      credit: CREDIT,
    },
    body: `This has been the wettest October in Harborview since official records began, according to data from the Signal Hill weather station, which logged 312 millimeters of rain by Friday evening.

The previous record, 287 millimeters, had stood for more than seventy years. Rain fell on 23 of the month's 31 days.

## Barrier in action

The storm-surge barrier at the harbor mouth, which passed its first full test earlier in the season, was closed twice during the month for real. On both occasions a southerly gale coincided with a spring tide. Port officials say the closures lasted about six hours each and that no flooding was reported in the Old Harbor.

Not everywhere stayed dry. Parts of the Lower Quay flooded when drains were overwhelmed during a single downpour that brought 41 millimeters in three hours. That kind of flooding comes from rain, not the sea, and a barrier does nothing to stop it.

> One wet month is weather, not climate. But the pattern of heavier bursts of rain is exactly what the regional projections describe.

That was how Dr. Samir Ostrowski, a meteorologist at Harborview University, put it.

The city says it will publish a review of drain capacity on the Lower Quay before the end of the year. Residents can report blocked drains through the council website or by calling the city's non-emergency line.`,
    related: ['storm-surge-barrier-full-closure-test'],
  },

  // -------------------------------------------------------------- CULTURE
  {
    slug: 'festiwal-bursztynu-w-nowej-przystani',
    title: 'Festiwal Bursztynu w Nowej Przystani po raz pierwszy z artystami z Harborview',
    dek: 'Pięcioro rzemieślników i muzyków z miasta partnerskiego wystąpi podczas weekendowego festiwalu, który co roku przyciąga ponad trzydzieści tysięcy gości.',
    section: 'culture',
    author: 'tomasz-wierzbicki',
    tags: ['twin-cities', 'arts'],
    language: 'pl',
    status: 'published',
    hoursAgo: 28,
    heroImage: {
      url: '/media/seed/gallery.svg',
      alt: 'Stoiska z bursztynową biżuterią w świetle lampionów na rynku starego miasta',
      caption: 'Rynek w Nowej Przystani podczas zeszłorocznej edycji festiwalu.',
      credit: 'Ilustracja: Edge Courier',
    },
    body: `Tegoroczny Festiwal Bursztynu w Nowej Przystani będzie pierwszym w jego historii, w którym wystąpią artyści z Harborview. Do polskiego miasta partnerskiego pojadą trzy jubilerki i dwoje muzyków folkowych.

Festiwal odbywa się od ponad dwudziestu lat w ostatni weekend lata. Co roku odwiedza go ponad trzydzieści tysięcy osób, a na rynku staje blisko dwieście stoisk z biżuterią, rzeźbą i rękodziełem.

## Program w skrócie

- **Piątek:** otwarcie wystawy „Morze w kamieniu” w dawnym spichlerzu;
- **Sobota:** warsztaty szlifowania bursztynu dla dzieci i dorosłych;
- **Niedziela:** wieczorny koncert na nabrzeżu z udziałem gości z Harborview.

> Bursztyn to dla nas coś więcej niż pamiątka. To historia wybrzeża zapisana w żywicy sprzed milionów lat.

Tak mówi dyrektorka festiwalu, Agnieszka Zawadzka, która od lat zabiegała o zaproszenie twórców z miasta partnerskiego. Według niej wizyta artystów z Harborview to naturalny ciąg dalszy niedawno podpisanej umowy portowej.

Jedna z zaproszonych jubilerek, Marguerite Osei, tworzy naszyjniki z odłamków szkła wyrzucanego przez morze na plaże Harborview. W Nowej Przystani pokaże kolekcję łączącą szkło i bursztyn.

Wstęp na większość wydarzeń jest bezpłatny. Szczegółowy program można znaleźć na stronie internetowej festiwalu oraz w punkcie informacji turystycznej przy ratuszu.`,
    related: ['nowa-przystan-i-harborview-podpisuja-umowe-portowa', 'harborview-delegation-visits-nowa-przystan'],
  },
  {
    slug: 'old-customs-house-reopens-as-gallery',
    title: 'Old Customs House reopens as a public gallery after six years',
    dek: "The 19th-century building on the waterfront has been restored as the Harbor Gallery, with free entry and a first show devoted to the city's shipbuilders.",
    section: 'culture',
    author: 'june-castellanos',
    tags: ['arts'],
    language: 'en',
    status: 'published',
    hoursAgo: 190,
    heroImage: {
      url: '/media/seed/gallery.svg',
      alt: 'A high-ceilinged gallery hall with arched windows and large paintings of ships on white walls',
      caption: 'The former long room of the Old Customs House, now the main hall of the Harbor Gallery.',
      credit: CREDIT,
    },
    body: `After six years behind scaffolding, the Old Customs House on the Harborview waterfront reopened on Saturday as the Harbor Gallery, a free public art space run by the city's museum trust.

The restoration cost $27 million and fixed a building that was, by the end, barely standing: the roof leaked, the timber floors had rotted and the famous clock tower had been propped up with steel since a storm in the early 2000s.

## The first show

The opening exhibition, *Hulls and Hands*, tells the story of the shipyards that once employed one in five working adults in Harborview. It mixes paintings and photographs with objects lent by former workers' families: lunch tins, rivet guns, union badges and a wedding dress sewn from sailcloth.

Highlights include:

- a 9-meter half-model of the liner *Aurora Bay*, built in the yard's drawing office;
- oral histories recorded with 40 former shipwrights and welders;
- new work by local artist Teodor Vance, who painted the empty dry docks over four winters.

> My grandfather walked past this building every morning on his way to the yard. He'd never have imagined people queuing to come in for free.

That was curator Leonie Abara, who assembled the show over three years.

The gallery is open Tuesday to Sunday. About 4,000 people visited on the opening weekend, according to the trust.`,
  },
  {
    slug: 'harborview-film-week-lineup',
    title: 'Harborview Film Week announces a lineup led by local debuts',
    dek: 'Seven of the festival\'s twelve competition films are first features, and four were shot in and around the city, a record for the eleven-year-old event.',
    section: 'culture',
    author: 'june-castellanos',
    tags: ['arts'],
    language: 'en',
    status: 'published',
    hoursAgo: 46,
    heroImage: {
      url: '/media/seed/gallery.svg',
      alt: 'An old cinema facade with a glowing marquee and a small crowd gathered beneath it',
      caption: 'The Regent Cinema on Dock Street will host the festival\'s opening night.',
      credit: CREDIT,
    },
    body: `Harborview Film Week has announced the twelve films in its main competition, and this year the spotlight is firmly on first-time directors and local stories.

Seven of the twelve are debut features, and four were filmed in and around the city, the most in the festival's eleven-year history. Programmer Dalia Moreau said the selection reflected 'a generation of filmmakers who grew up here and finally had the cameras to prove it.'

## Films to watch

- **Low Water**, a quiet drama about two sisters running a failing oyster farm on the Westbank flats.
- **Night Route**, a documentary that follows three drivers on the city's overnight buses for a winter.
- **The Ferryman's Ledger**, a period mystery shot entirely in the Old Harbor.
- **Glass Tide**, an animated short feature made by students at the Harborview School of Art.

> We had more local submissions this year than in the first five years combined. The hardest part of the job was saying no.

The festival opens at the Regent Cinema on Dock Street, with the premiere of *Low Water*, followed by an outdoor screening on the Central Pier if the weather allows.

Tickets go on sale to the public on Monday. As in previous years, a portion of tickets for every screening will be sold at a reduced price to students and people on low incomes. The jury, chaired by documentary editor Ansel Whitcombe, will announce its awards on the closing night.`,
  },
  {
    slug: 'branch-libraries-keep-sunday-hours',
    title: 'Five branch libraries will keep Sunday hours under the new budget',
    dek: 'Libraries in Eastfield, Lower Quay, Westbank, Signal Hill and Northgate stay open on Sundays, while three smaller branches will close that day from March.',
    section: 'culture',
    author: 'maya-okafor',
    tags: ['budget', 'arts'],
    language: 'en',
    status: 'published',
    hoursAgo: 12,
    heroImage: {
      url: '/media/seed/gallery.svg',
      alt: 'Children sitting on cushions in a bright library reading corner surrounded by bookshelves',
      caption: 'The Sunday story hour at Eastfield library, one of the branches that will stay open.',
      credit: CREDIT,
    },
    body: `Five of Harborview's eight branch libraries will keep their Sunday opening hours, the library service confirmed on Tuesday, following the budget approved by the city council this week.

The original spending proposal would have closed every branch on Sundays. After the public hearing, where library users were the second-largest group of speakers, council members found money to keep most branches open.

## Which branches are affected

**Staying open on Sundays:** Eastfield, Lower Quay, Westbank, Signal Hill and Northgate.

**Closing on Sundays from March:** Harbor Heights, Millbrook and the small Pier Street branch.

The library service said it chose the five branches using visitor numbers, the share of children and older visitors, and distance to the nearest other library. The three closing branches have the lowest Sunday attendance, and each is within two kilometers of one that stays open.

> Sunday is the day families come in together, and for a lot of people it's the only day they're not working. We are relieved, but three branches is still three branches.

That was Gwen Adebayo, chair of the Friends of Harborview Libraries, which organized a petition with more than 11,000 signatures.

The library service says weekday hours will not change anywhere. A volunteer group in Millbrook is already discussing whether it could run a reading room on Sundays.`,
    related: ['council-passes-budget-restoring-night-buses', 'budget-hearing-draws-record-crowd'],
  },
  {
    slug: 'review-the-lantern-keepers',
    title: "Review: 'The Lantern Keepers' is a quiet triumph of a harbor novel",
    dek: "Odile Varenne's third novel follows three generations of lighthouse keepers on a fictional northern island and rarely puts a sentence wrong.",
    section: 'culture',
    author: 'june-castellanos',
    tags: ['arts'],
    language: 'en',
    status: 'published',
    hoursAgo: 120,
    body: `There is a moment about halfway through *The Lantern Keepers*, the third novel from Harborview writer Odile Varenne, when a lighthouse keeper's daughter climbs the tower at night for the first time alone. Nothing happens. She polishes the lens, writes the wind speed in the log, and watches a trawler pass. It is one of the most gripping scenes I have read this year.

That is Varenne's gift: she makes stillness feel like suspense.

## Three keepers, one island

The book follows three generations of the Halloran family, keepers of the light on the fictional island of Skerrow from the 1920s until the lighthouse is automated in the 1980s. Each section is narrated by a different keeper, and each has a different relationship with the sea, with the job and with the island's tiny, suspicious community.

What works:

- the prose, which is plain and precise and never showy;
- the middle section, narrated by Maud Halloran, the first woman to keep the light;
- the way small objects, such as a barometer or a cracked teacup, return across decades.

What works less well is the final chapter, set in present-day Harborview, which explains a little too much of what the earlier sections left beautifully open.

> The light was not for us. It was never for us. It was for people we would never meet, passing in the dark.

That line, from Maud's section, could stand for the whole book. *The Lantern Keepers* is published by Seawall Press.`,
  },

  // ---------------------------------------------------------------- SPORT
  {
    slug: 'mariners-edge-port-aldane-derby',
    title: 'Mariners edge Port Aldane 2-1 in a rain-soaked derby',
    dek: "A late header from captain Tobias Nwosu settled a scrappy game at Quayside Park and lifted Harborview Mariners into the league's top four.",
    section: 'sport',
    author: 'june-castellanos',
    tags: ['football'],
    language: 'en',
    status: 'published',
    hoursAgo: 10,
    updatedHoursAgo: 7,
    heroImage: {
      url: '/media/seed/stadium.svg',
      alt: 'Floodlit football stadium in heavy rain, with players contesting a header near the goal',
      caption: 'Rain sweeps across Quayside Park during the derby against Port Aldane.',
      credit: CREDIT,
    },
    body: `Harborview Mariners beat Port Aldane 2-1 in a rain-soaked bay derby on Saturday evening, with captain Tobias Nwosu heading the winner in the 87th minute to send a crowd of 21,400 home soaked but happy.

It was not pretty. The pitch at Quayside Park held water in both penalty areas, long passes stopped dead in puddles and both goalkeepers spent much of the first half wiping their gloves on their shirts.

## How the goals came

1. **Port Aldane 0-1 (34'):** Aldane's Leo Franke pounced on a back pass that stuck in the surface.
2. **Mariners 1-1 (58'):** Substitute Kofi Marsh curled a free kick over the wall and in off the post.
3. **Mariners 2-1 (87'):** Nwosu rose above two defenders to meet a corner from Hugo Lindahl.

> You don't play football in that, you survive it. The lads survived it better.

So said Mariners manager Carla Brennan, who made three changes at half-time and switched to a more direct style once it was clear the ball would not roll.

The win moves the Mariners into fourth place, one point behind Port Aldane. Club officials said the conditions had once again shown the case for their planned roof over Quayside Park, which is awaiting a planning decision.

*Updated with the official attendance figure and comments from the manager.*`,
    related: ['mariners-unveil-retractable-roof-plan'],
  },
  {
    slug: 'mariners-unveil-retractable-roof-plan',
    title: 'Mariners unveil plan for a retractable roof at Quayside Park',
    dek: 'The club wants to spend $95m covering its century-old ground, saying rain costs it thousands of fans a season, but neighbors worry about the height.',
    section: 'sport',
    author: 'june-castellanos',
    tags: ['football', 'city-council'],
    language: 'en',
    status: 'published',
    hoursAgo: 300,
    heroImage: {
      url: '/media/seed/stadium.svg',
      alt: 'Architectural illustration of a football stadium with a sliding roof partly open above the pitch',
      caption: "An illustration based on the club's proposed retractable roof at Quayside Park.",
      credit: CREDIT,
    },
    body: `Harborview Mariners have submitted plans for a $95 million retractable roof over Quayside Park, the club's home since 1921.

The design uses two sliding panels that would close in about twelve minutes, running on rails set on new steel towers at each corner of the ground. The club says the roof would be paid for from its own reserves and a loan, with no public money.

## The club's case

Chief executive Marcus Delaney says the numbers are simple. On match days with heavy rain, attendance falls by an average of 3,800. The club estimates it loses about $1.5 million a season in tickets, food and drink.

A covered ground could also host concerts and events in winter, when it currently sits empty for weeks at a time.

> Our supporters have stood in the rain for a hundred years. They deserve to sit in the dry for the next hundred.

## The neighbors' case

Residents on Tanner Row, the street behind the main stand, are less enthusiastic. The corner towers would rise to 46 meters, and the residents' association says several homes would lose afternoon sunlight. They also fear more late-night events.

The club has promised a limit of twelve non-football events a year and a noise curfew at 11 p.m. The city's planning committee is expected to consider the application within four months. A public consultation is open until the end of next month.`,
  },
  {
    slug: 'harborview-regatta-record-entry',
    title: 'Harborview Regatta returns with a record 212 boats',
    dek: "The three-day regatta drew entries from nine countries, and organizers added a new class for school crews sailing boats they built in class.",
    section: 'sport',
    author: 'june-castellanos',
    tags: ['sailing'],
    language: 'en',
    status: 'published',
    hoursAgo: 85,
    heroImage: {
      url: '/media/seed/harbor.svg',
      alt: 'Dozens of white sails crowded together at a regatta start line off a lighthouse',
      caption: 'The start of the keelboat race off the Signal Hill lighthouse.',
      credit: CREDIT,
    },
    body: `A record 212 boats from nine countries lined up for the Harborview Regatta this weekend, beating the previous record by more than thirty entries and making the bay busier than anyone at the Royal Harborview Yacht Club can remember.

Light winds on Friday gave way to a strong westerly on Saturday, producing the kind of racing that has made the regatta popular with visiting crews: short, choppy and unforgiving of mistakes at the turning marks.

## Winners

- **Keelboat class:** *Kittiwake*, skippered by Ingrid Halvorsen of Nowa Przystań's yacht club, the first win by a crew from the twin city.
- **Dinghy class:** Harborview's own Jonah Perlmutter, aged 17.
- **Classic boats:** *Marigold*, a 1930s wooden sloop restored by a group of retired shipwrights.

## The new school class

This year organizers added a class for school crews sailing boats they built themselves in design and technology lessons. Eight schools took part. The winners, from Eastfield High, finished their boat two days before the race and painted its name on the hull that morning.

> Half of them had never sailed before March. Today they beat a crew of teachers.

That was Eastfield's coach, Patrice Olumide, laughing on the pontoon afterwards.

Regatta organizers said they would cap entries at 220 next year to keep the start lines safe.`,
  },
  {
    slug: 'harborview-women-clinch-promotion',
    title: 'Harborview Women clinch promotion with two games to spare',
    dek: 'A 3-0 win at Marren City sealed a place in the top division for the first time, capping a season in which the side has lost only once.',
    section: 'sport',
    author: 'june-castellanos',
    tags: ['football'],
    language: 'en',
    status: 'published',
    hoursAgo: 160,
    heroImage: {
      url: '/media/seed/stadium.svg',
      alt: 'Football players in matching kits celebrating together in the center of a sunlit pitch',
      caption: 'Harborview Women celebrate promotion after the final whistle at Marren City.',
      credit: CREDIT,
    },
    body: `Harborview Women will play in the top division for the first time next season after a 3-0 win away at Marren City on Sunday sealed promotion with two games to spare.

Goals from Amara Quist, Sofia Lindgren and a late penalty from captain Beatriz Okoye completed a season in which the side has won 17 of 20 league matches and lost only once.

## A season in numbers

- **17** wins, 2 draws and 1 defeat;
- **54** goals scored, 11 conceded;
- **14** goals for Quist, the division's top scorer;
- **3,100** average home attendance, more than double last season.

Manager Helen Achterberg took over three years ago when the team was close to relegation from the second tier, and rebuilt the squad largely from the club's youth program. Eleven of the players who started on Sunday came through the academy.

> We've spent three years telling these girls they belong at the top. Now they don't need us to tell them.

The step up will bring new challenges. Top-division clubs must meet minimum standards for floodlights, medical staff and player contracts, and the club says it is in talks with the men's side, Harborview Mariners, about playing more matches at Quayside Park.

Several hundred supporters made the trip to Marren, and the team bus was met by a crowd at the Central Pier on its return on Sunday night.`,
  },
  {
    slug: 'harbor-marathon-route-moves-inland',
    title: 'Harbor Marathon route moves inland to avoid tram works',
    dek: 'Construction on the Harbor Line extension means the race will skip the Old Harbor waterfront for the next three years, and runners are not thrilled.',
    section: 'sport',
    author: 'june-castellanos',
    tags: ['transit'],
    language: 'en',
    status: 'published',
    hoursAgo: 245,
    heroImage: {
      url: '/media/seed/skyline.svg',
      alt: 'Runners streaming along a city avenue with tall buildings and a clock tower in the background',
      caption: 'Runners pass through the central district, which will host more of the new route.',
      credit: CREDIT,
    },
    body: `The Harbor Marathon will abandon its famous waterfront stretch for at least three years, because construction on the Harbor Line tram extension will close parts of the Old Harbor promenade.

The new route, published by organizers on Thursday, swaps about nine kilometers of flat seafront for a loop through the central district, Signal Hill and the Westbank parks.

## What changes for runners

- The start moves from the Central Pier to Founders' Square.
- A climb up Signal Hill is added between kilometers 24 and 27.
- The finish stays on the Central Pier, approached from the north.
- Organizers estimate the course is about two minutes slower for a typical runner.

Not everyone is happy. The waterfront section, with its views of the lighthouse and the storm-surge barrier, is the reason many visitors sign up.

> People come from abroad for the sea. Nobody books a flight to run up Signal Hill.

That comment, from club runner Maeve Kilbride, was one of hundreds on the race's social media pages within hours.

Race director Oskar Fenwick said organizers had considered every alternative, including a shorter waterfront section running between construction zones, but that the transit agency could not guarantee safe crossings.

'When the trams are running, we'll have a better waterfront than ever,' Fenwick said. 'We just have to be patient for three races.' Registration for next year's race opens on the first of the month.`,
    related: ['harbor-line-extension-battery-trams'],
  },

  // --------------------------------------------------- DRAFTS (never public)
  {
    slug: 'draft-port-authority-chief-to-step-down',
    title: 'Draft: Port authority chief expected to step down',
    dek: 'Draft copy awaiting confirmation: the head of the Harborview port authority is expected to announce her departure before the end of the year.',
    section: 'business',
    author: 'elliot-hale',
    tags: ['shipping'],
    language: 'en',
    status: 'draft',
    heroImage: {
      url: '/media/seed/harbor.svg',
      alt: 'Port authority headquarters beside the water with cranes in the distance',
      caption: 'Draft caption: the port authority headquarters on the North Quay.',
      credit: CREDIT,
    },
    body: `**Draft. Do not publish until confirmed by two sources.**

The chief executive of the Harborview port authority, Margit Sanderholm, is expected to step down before the end of the year after eight years in the job, according to two people familiar with the matter.

Sanderholm oversaw the construction of the storm-surge barrier and the long dispute with Quayside Market traders over rents, which ended with a five-year freeze. Both people said her decision was personal and not linked to any disagreement with the board.

## To confirm

- exact date of the announcement, reportedly at the next board meeting;
- whether the board has begun a search for a successor;
- comment from Sanderholm's office, which has not yet responded;
- comment from the dockworkers' union.

> Placeholder for a quote from the board chair, if available.

Background to add: her record on container volumes, the methanol bunkering project and the relationship with Nowa Przystań under the new port cooperation agreement.

The port authority employs about 900 people directly and manages the Central Pier, the North Quay terminals and the Outer Terminal used by cruise ships.

Editor's note: hold until confirmed. Check with the business desk before scheduling, and do not tease on social media.`,
  },
  {
    slug: 'draft-mariners-winter-transfer-notes',
    title: 'Draft: Mariners winter transfer notes',
    dek: 'Draft notes on the Mariners\' likely winter signings and departures, to be turned into a full preview once the club confirms its targets.',
    section: 'sport',
    author: 'june-castellanos',
    tags: ['football'],
    language: 'en',
    status: 'draft',
    body: `**Draft notes, not for publication.**

The Mariners go into the winter window fourth in the league and with a squad that manager Carla Brennan has described as 'thin in the places that matter.' These are working notes ahead of a full preview.

## Positions of need

1. **Left back.** Only one fit senior player since the injury to Danny Ortega.
2. **Central midfield.** Two regulars are out of contract in the summer.
3. **Backup goalkeeper.** The current number two is 38 and reportedly considering retirement.

## Names mentioned so far

- A left back from Marren City, reportedly available on loan;
- a young midfielder from a second-division club in Nowa Przystań, following the new twin-city links;
- several free agents, none confirmed.

> Placeholder: quote from the sporting director, requested on Monday.

The club's budget is limited by spending on the planned roof for Quayside Park, which is still awaiting a planning decision. The chief executive has said the roof will not affect spending on players, but supporters' groups are skeptical.

Things to check before publishing: contract dates, whether any loan players are being recalled early, and the academy players expected to join the first-team squad in January.

Draft to be revised after the derby and the sporting director's briefing.`,
  },

  // ------------------------------------------- SCHEDULED (future, embargoed)
  {
    slug: 'embargoed-harborview-university-sea-level-report',
    title: 'Embargoed: Harborview University sea-level report warns of faster rise',
    dek: 'Embargoed until publication: a new university report projects that sea levels along the Harborview coast will rise faster than the city planned for.',
    section: 'science',
    author: 'priya-raman',
    tags: ['climate'],
    language: 'en',
    status: 'scheduled',
    scheduledInHours: 24,
    heroImage: {
      url: '/media/seed/lab.svg',
      alt: 'A tide gauge chart on a laboratory screen with a rising line highlighted',
      caption: 'Embargoed: tide gauge data analyzed for the university report.',
      credit: CREDIT,
    },
    body: `**Embargoed until the scheduled publication time. Do not share.**

Sea levels along the Harborview coast could rise by up to 60 centimeters by the end of the century under a high-emissions scenario, about 15 centimeters more than the figure the city used to plan its storm-surge barrier, according to a new report from Harborview University.

The report combines a century of local tide gauge records with satellite measurements and new estimates of how fast the land beneath the city is sinking.

## Main findings

- Land subsidence on the Lower Quay is about twice the rate previously assumed.
- The barrier is likely to need closing ten to twenty times a year by mid-century, compared with once or twice today.
- Drainage, not the sea, is the more urgent risk for low-lying districts.

> The barrier was designed well for the information available at the time. The information has changed.

Researchers say the barrier itself remains effective, but that more frequent closures will mean more maintenance, more disruption to shipping and less time for repairs between storms.

The city's public works department has been briefed and is expected to respond on the day of publication. The report will be presented at a public lecture at the university the same evening.`,
  },
  {
    slug: 'embargoed-harbor-region-quarterly-jobs-figures',
    title: 'Embargoed: Harbor region quarterly jobs figures show shipping hiring slowdown',
    dek: 'Embargoed statistics due later this week show employment in the harbor region grew slowly last quarter, with shipping and logistics shedding jobs.',
    section: 'business',
    author: 'elliot-hale',
    tags: ['shipping', 'small-business'],
    language: 'en',
    status: 'scheduled',
    scheduledInHours: 72,
    heroImage: {
      url: '/media/seed/market.svg',
      alt: 'Busy shopping street with small shops and delivery vans parked along the curb',
      caption: 'Embargoed: retail and hospitality added most of the new jobs in the quarter.',
      credit: CREDIT,
    },
    body: `**Embargoed. Publish only at the scheduled time when the regional statistics office releases its figures.**

Employment in the harbor region grew by 0.3 percent in the last quarter, the slowest pace in two years, according to figures from the regional statistics office.

Hospitality and retail added about 1,400 jobs, helped by a strong tourist season and the reopening of the Old Customs House as a gallery. Shipping and logistics lost around 600 jobs, as container volumes eased from their summer peak.

## By sector

1. **Hospitality and retail:** up 1,400.
2. **Health and care:** up 900.
3. **Construction:** up 350, driven by early work on the Harbor Line extension.
4. **Shipping and logistics:** down 600.
5. **Manufacturing:** broadly flat.

> A slowdown, not a stall. But the harbor has always been the engine, and the engine is idling.

The unemployment rate was unchanged at 5.1 percent. Wage growth slowed to 3.2 percent from a year earlier.

Economists at Harborview University said the figures were consistent with a gentle cooling rather than a downturn. The city's economic development office is expected to comment on the release day.`,
  },
];
