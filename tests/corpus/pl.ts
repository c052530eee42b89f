/** Polski: Nowa Przystań, miasto partnerskie Harborview (wszystkie osoby i miejsca są zmyślone). */
import type { CorpusStory } from './types';

export const polish: CorpusStory[] = [
  {
    key: 'pl-budzet',
    title: 'Budżet Nowej Przystani na 2027 rok: 1,9 mld zł, rekordowe inwestycje i droższe bilety',
    dek: 'Rada miasta przyjęła budżet głosami koalicji. Najwięcej pieniędzy pochłoną tramwaj na Wyspę Solną i modernizacja nabrzeży.',
    section: 'world',
    author: 'zofia-kedzierska',
    tags: ['budget', 'twin-cities'],
    language: 'pl',
    searchTerm: 'Wyspę',
    sources: [
      { name: 'Urząd Miasta Nowa Przystań — uchwała budżetowa', url: 'https://nowa-przystan.example/aktualności/budżet-2027' },
      { name: 'Biuletyn Informacji Publicznej', url: 'https://bip.nowa-przystan.example/uchwaly?rok=2027&nr=XIV-212' },
    ],
    body: `Rada Miasta Nowej Przystani przyjęła w czwartek budżet na 2027 rok. Za głosowało 22 radnych, przeciw 13, dwie osoby wstrzymały się od głosu.

Wydatki mają wynieść 1,9 mld zł, z czego 612 mln zł przypada na inwestycje — najwięcej w historii miasta.

## Największe inwestycje

| Zadanie | Kwota w 2027 r. | Koniec prac |
|---|---:|---|
| Tramwaj na Wyspę Solną | 214 mln zł | 2029 |
| Modernizacja Nabrzeża Rybackiego | 96 mln zł | 2028 |
| Termomodernizacja 11 szkół | 58 mln zł | 2027 |
| Park nad Kanałem Portowym | 31 mln zł | 2028 |

## Co podrożeje

- bilet jednorazowy komunikacji miejskiej: z 4,40 zł do 4,80 zł;
- opłata za wywóz śmieci: z 36 zł do 39 zł od osoby;
- godzina parkowania w strefie A: z 6 zł do 7 zł.

> To budżet odważny, ale nie lekkomyślny. Każdą złotówkę długu zaciągamy na coś, co zostanie na pokolenia.

Tak mówiła skarbniczka miasta Iwona Pietrzykowska. Opozycja zarzuca władzom, że zadłużenie przekroczy w przyszłym roku 70% dochodów.[1]

## Przypisy

1. Wieloletnia Prognoza Finansowa Nowej Przystani na lata 2027–2040, załącznik nr 1.`,
  },
  {
    key: 'pl-park',
    title: '„Nie oddamy parku” — mieszkańcy Starego Portu protestują przeciwko parkingowi',
    dek: 'Ponad 300 osób przyszło w sobotę pod ratusz. Miasto chce zbudować parking wielopoziomowy na skraju Parku Bosmańskiego.',
    section: 'world',
    author: 'zofia-kedzierska',
    tags: ['city-council', 'climate'],
    language: 'pl',
    searchTerm: 'Bosmańskiego',
    sources: [{ name: 'Stowarzyszenie „Zielony Stary Port”', url: 'https://zielony-stary-port.example/protest' }],
    body: `Ponad trzysta osób protestowało w sobotę przed ratuszem w Nowej Przystani przeciwko budowie parkingu wielopoziomowego na skraju Parku Bosmańskiego. Uczestnicy nieśli transparenty z hasłem „Nie oddamy parku” i wycięte z tektury sylwetki drzew.

Parking na 420 miejsc ma powstać w miejscu, gdzie dziś rośnie 87 drzew, w tym kilka ponadstuletnich lip. Według ratusza inwestycja jest potrzebna, bo po zamknięciu ulicy Kapitańskiej dla ruchu samochodowego brakuje miejsc dla mieszkańców i turystów.

> Lipy pamiętają jeszcze żaglowce. Nie pozwolimy ich wyciąć dla samochodów, które stoją tu dwie godziny.

Tak mówiła Marta Grabowska ze stowarzyszenia „Zielony Stary Port”. Wiceprezydent miasta Krzysztof Lewandowicz zapowiedział, że przed ostateczną decyzją odbędą się konsultacje społeczne, a projekt zostanie „przejrzany pod kątem każdego drzewa”.`,
  },
  {
    key: 'pl-park-konsultacje',
    title: 'Park Bosmański: parking przeniesiony, lipy zostają',
    dek: 'Po konsultacjach miasto zmieniło lokalizację inwestycji. Parking powstanie na terenie dawnej zajezdni.',
    section: 'world',
    author: 'zofia-kedzierska',
    tags: ['city-council', 'climate'],
    language: 'pl',
    previously: ['pl-park'],
    searchTerm: 'zajezdni',
    sources: [{ name: 'Raport z konsultacji społecznych', url: 'https://konsultacje.nowa-przystan.example/park-bosmanski/raport' }],
    body: `Parking wielopoziomowy nie powstanie w Parku Bosmańskim. Po sześciu tygodniach konsultacji, w których wzięło udział 2,4 tys. osób, miasto zdecydowało, że zbuduje go na terenie dawnej zajezdni autobusowej przy ulicy Szkutniczej, około 400 metrów dalej.

Za zmianą opowiedziało się 81% uczestników konsultacji. Nowa lokalizacja oznacza wyższy koszt — o ok. 9 mln zł — ale pozwala ocalić wszystkie 87 drzew. Stowarzyszenie „Zielony Stary Port” nazwało decyzję „zwycięstwem zdrowego rozsądku”.`,
  },
  {
    key: 'pl-remis',
    title: 'Remis',
    dek: 'Pogoń Nowa Przystań zremisowała 1:1 z Kotwicą Harborview w meczu towarzyskim miast partnerskich.',
    section: 'sport',
    author: 'tomasz-wierzbicki',
    tags: ['football', 'twin-cities'],
    language: 'pl',
    searchTerm: 'Kotwicą',
    sources: [{ name: 'Pogoń Nowa Przystań — relacja meczowa', url: 'https://pogon-np.example/mecze/towarzyski-harborview' }],
    body: `Coroczny mecz towarzyski drużyn z miast partnerskich zakończył się remisem 1:1. Dla Pogoni bramkę zdobył w 38. minucie Bartosz Żmuda, dla Kotwicy Harborview wyrównał tuż po przerwie Kofi Asante. O wyniku nie zdecydowały rzuty karne, bo — jak co roku — obaj trenerzy uznali, że „remis jest najlepszy dla przyjaźni”.`,
  },
  {
    key: 'pl-prom',
    title: 'Prom do Harborview wraca po 12 latach przerwy — pierwszy rejs już w czerwcu',
    dek: 'Armator Morska Wstęga uruchomi połączenie dwa razy w tygodniu. Bilet w jedną stronę ma kosztować od 390 zł.',
    section: 'world',
    author: 'tomasz-wierzbicki',
    tags: ['twin-cities', 'shipping', 'transit', 'zegluga'],
    language: 'pl',
    previously: ['shipping-route'],
    searchTerm: 'Wstęga',
    sources: [{ name: 'Morska Wstęga — komunikat prasowy', url: 'https://morska-wstega.example/aktualnosci/harborview' }],
    body: `Po dwunastu latach przerwy Nowa Przystań znów będzie miała bezpośrednie połączenie promowe z Harborview. Armator Morska Wstęga poinformował, że pierwszy rejs odbędzie się 14 czerwca.

## Najważniejsze informacje

- rejsy dwa razy w tygodniu: we wtorki i w piątki;
- czas podróży: ok. 26 godzin;
- na pokładzie 420 miejsc w kabinach i 160 miejsc dla samochodów;
- bilet dla pasażera bez kabiny: od 390 zł w jedną stronę.

Poprzednie połączenie zlikwidowano w 2014 roku z powodu strat. Prezes armatora Jadwiga Sołtysik twierdzi, że tym razem będzie inaczej, bo ruch między miastami od tego czasu się podwoił, a nowa linia kontenerowa przyciągnęła do portów firmy z obu krajów.`,
  },
  {
    key: 'pl-szkola-zeglarska',
    title: 'Szkoła żeglarska dla dzieci z Ukrainy i Polski: „Na wodzie nikt nie pyta, skąd jesteś”',
    dek: 'Od trzech lat Yacht Klub „Bryza” uczy pływać na łódkach dzieci z obu krajów. W tym roku po raz pierwszy popłyną na regaty do Harborview.',
    section: 'sport',
    author: 'zofia-kedzierska',
    tags: ['sailing', 'ukrainian-community', 'zegluga'],
    language: 'pl',
    searchTerm: 'Bryza',
    sources: [{ name: 'Yacht Klub „Bryza”', url: 'https://bryza-yk.example/szkolenia' }],
    body: `W hangarze Yacht Klubu „Bryza” słychać na zmianę polski i ukraiński. Czternaścioro dzieci szykuje optymisty do ostatniego treningu przed wyjazdem na regaty w Harborview.

Klub prowadzi bezpłatną szkołę żeglarską od 2023 roku. Zajęcia finansuje miasto i zbiórka wśród członków klubu. W tym sezonie kurs ukończyło 36 dzieci, w tym 15 z rodzin, które przyjechały z Ukrainy.

> Na wodzie nikt nie pyta, skąd jesteś. Pyta się tylko, czy umiesz zrobić zwrot przez sztag.

Tak mówi instruktorka Ołena Marczenko, która sama przyjechała do Nowej Przystani trzy lata temu. Wcześniej uczyła żeglarstwa w Odessie.

## Plan wyjazdu

1. Przeprawa promem — 18 lipca.
2. Trzy dni treningów z młodzieżą z Harborview Yacht Club.
3. Regaty — 22 i 23 lipca.
4. Powrót — 25 lipca.`,
  },
  {
    key: 'pl-tramwaj',
    title: 'Tramwaj na Wyspę Solną — przetarg unieważniony, bo najtańsza oferta była droższa o 40%',
    dek: 'Miasto ogłosi postępowanie ponownie w lutym. Otwarcie linii może się opóźnić nawet o rok.',
    section: 'business',
    author: 'zofia-kedzierska',
    tags: ['transit', 'budget'],
    language: 'pl',
    previously: ['pl-budzet'],
    searchTerm: 'przetarg',
    sources: [{ name: 'Zarząd Dróg i Transportu Nowa Przystań', url: 'https://zdit.nowa-przystan.example/przetargi/tramwaj-wyspa-solna' }],
    body: `Zarząd Dróg i Transportu unieważnił przetarg na budowę linii tramwajowej na Wyspę Solną. Najtańsza z trzech ofert opiewała na 412 mln zł, podczas gdy miasto zarezerwowało na ten cel 294 mln zł.

| Wykonawca | Cena oferty |
|---|---:|
| Konsorcjum Torbud–Mostostal Północ | 412 mln zł |
| Brightrail Polska | 438 mln zł |
| Przedsiębiorstwo Robót Kolejowych „Bałtyk” | 467 mln zł |

Dyrektor ZDiT Andrzej Kaczmarczyk przyznał, że kosztorys inwestorski „nie nadążył za cenami stali i energii”. Nowy przetarg ma zostać ogłoszony w lutym, z podziałem na dwa etapy.`,
  },
  {
    key: 'pl-festiwal',
    title: 'Festiwal Szant „Stara Lina” — 40 zespołów, trzy sceny i koncert na wodzie',
    dek: 'Największy festiwal piosenki żeglarskiej na wybrzeżu wraca do Nowej Przystani w ostatni weekend sierpnia.',
    section: 'culture',
    author: 'zofia-kedzierska',
    tags: ['arts', 'sailing'],
    language: 'pl',
    searchTerm: 'szant',
    sources: [{ name: 'Festiwal „Stara Lina” — program', url: 'https://stara-lina.example/program' }],
    body: `Festiwal Szant „Stara Lina” odbędzie się w dniach 28–30 sierpnia. Organizatorzy zapowiadają czterdzieści zespołów z sześciu krajów, w tym po raz pierwszy chór dokerów z Harborview.

## Program w skrócie

- **piątek** — koncert otwarcia na Nabrzeżu Rybackim;
- **sobota** — konkurs młodych wykonawców i nocny koncert z pokładu żaglowca „Halina”;
- **niedziela** — wspólne śpiewanie szant na rynku i parada łodzi.

Wstęp na wszystkie koncerty plenerowe jest bezpłatny.`,
  },
  {
    key: 'pl-upal',
    title: 'Upał w Nowej Przystani: 36,4°C, najwyższa temperatura w historii pomiarów',
    dek: 'Miasto otworzyło osiem „punktów chłodzenia” w bibliotekach i domach kultury. Straż miejska rozdaje wodę na przystankach.',
    section: 'science',
    author: 'tomasz-wierzbicki',
    tags: ['climate', 'health', 'weather'],
    language: 'pl',
    searchTerm: 'chłodzenia',
    sources: [{ name: 'Instytut Meteorologii Wybrzeża — komunikat', url: 'https://imw.example/komunikaty/upal-nowa-przystan' }],
    body: `W środę o godz. 15.40 termometr na stacji meteorologicznej w porcie pokazał 36,4°C. To najwyższa temperatura zanotowana w Nowej Przystani od początku pomiarów w 1951 roku.

Miasto uruchomiło osiem punktów chłodzenia — klimatyzowanych sal w bibliotekach i domach kultury — otwartych do godz. 21. Straż miejska rozdaje butelki wody na najbardziej ruchliwych przystankach, a tramwaje kursują z otwartymi oknami dachowymi.

Lekarze apelują, by w czasie upału odwiedzać starszych sąsiadów i nie zostawiać zwierząt w samochodach.`,
  },
  {
    key: 'pl-wywiad',
    title: 'Prezydentka Nowej Przystani Halina Borowiec-Kwiatkowska o współpracy z Harborview, o tramwaju, o portach, o mieszkaniach dla młodych i o tym, dlaczego nie wystartuje w kolejnych wyborach',
    dek: 'Rozmowa po dziesięciu latach urzędowania: o tym, co się udało, co nie, i czego nauczyła się od miasta partnerskiego po drugiej stronie morza.',
    section: 'world',
    author: 'tomasz-wierzbicki',
    tags: ['twin-cities', 'city-council', 'housing'],
    language: 'pl',
    previously: ['pl-budzet', 'pl-tramwaj'],
    searchTerm: 'kadencje',
    sources: [{ name: 'Urząd Miasta Nowa Przystań — biuro prasowe', url: 'https://nowa-przystan.example/biuro-prasowe' }],
    body: `**Pani prezydent, dlaczego nie wystartuje pani w wyborach?**

Dwie kadencje to dość. Miasto potrzebuje nowych ludzi i nowych błędów — moje już wszyscy znają.

**Co uważa pani za największy sukces?**

Mieszkania. Zbudowaliśmy 1800 mieszkań na wynajem z umiarkowanym czynszem. To wciąż za mało, ale dziesięć lat temu nie było ani jednego.

**A porażka?**

Tramwaj na Wyspę Solną. Obiecywałam go w pierwszej kampanii. Przetarg właśnie trzeba było unieważnić. Przepraszam mieszkańców wyspy, że wciąż jeżdżą autobusem.

**Czego nauczyło panią Harborview?**

Że o powodziach trzeba rozmawiać, zanim przyjdą. Tam ćwiczenia przeciwpowodziowe to normalna sprawa, jak alarm przeciwpożarowy w szkole. U nas ludzie dopiero się do tego przyzwyczajają.

**Kogo widzi pani jako następcę?**

Kogoś, kto będzie słuchał dłużej, niż mówi. To rzadka cecha w polityce.`,
  },
  {
    key: 'pl-kawiarnia',
    title: 'Kawiarnia „Pod Żurawiem” zamknięta po 61 latach. Właściciele: „Czynsz wzrósł trzykrotnie”',
    dek: 'Ostatnią kawę podano w niedzielę. Stali goście przynieśli kwiaty i stare zdjęcia.',
    section: 'business',
    author: 'zofia-kedzierska',
    tags: ['small-business', 'housing'],
    language: 'pl',
    searchTerm: 'Żurawiem',
    sources: [{ name: 'Kawiarnia „Pod Żurawiem” — pożegnanie na stronie', url: 'https://pod-zurawiem.example' }],
    body: `Kawiarnia „Pod Żurawiem” przy Nabrzeżu Rybackim, w której od 1965 roku podawano sernik według tego samego przepisu, zamknęła się w niedzielę. Właściciele, rodzeństwo Ewa i Piotr Żurawscy, mówią, że nowy właściciel kamienicy podniósł czynsz z 7 do 21 tys. zł miesięcznie. W ostatni dzień goście przynieśli kwiaty, a jeden z nich — zdjęcie swoich rodziców, którzy poznali się przy stoliku pod oknem w 1972 roku.`,
  },
  {
    key: 'pl-wiatraki',
    title: 'Morska farma wiatrowa „Północny Brzeg” — 48 turbin, 720 MW i spór o widok z plaży',
    dek: 'Inwestor zapewnia, że turbiny będą ledwo widoczne. Hotelarze z Nowej Przystani nie wierzą i zamówili własne wizualizacje.',
    section: 'science',
    author: 'tomasz-wierzbicki',
    tags: ['energy', 'climate'],
    language: 'pl',
    searchTerm: 'turbin',
    sources: [
      { name: 'Raport o oddziaływaniu na środowisko — streszczenie', url: 'https://polnocny-brzeg-wind.example/raport-oos' },
      { name: 'Izba Turystyczna Nowej Przystani', url: 'https://turystyka-np.example/stanowisko-farma' },
    ],
    body: `Farma wiatrowa „Północny Brzeg” ma powstać 23 km od brzegu, na północ od Nowej Przystani. Czterdzieści osiem turbin o łącznej mocy 720 MW ma zasilać ok. 900 tys. gospodarstw domowych.

## Liczby

| Parametr | Wartość |
|---|---:|
| Liczba turbin | 48 |
| Wysokość do końca łopaty | 265 m |
| Odległość od brzegu | 23 km |
| Moc zainstalowana | 720 MW |
| Planowany start | 2031 |

Izba Turystyczna obawia się, że turbiny będą widoczne z plaży w pogodne wieczory i odstraszą turystów. Inwestor przekonuje, że z tej odległości wiatraki będą „wielkości zapałki trzymanej na wyciągnięcie ręki”.[1]

## Przypisy

1. Raport o oddziaływaniu przedsięwzięcia na środowisko, tom III, rozdz. 12 (krajobraz).`,
  },
];
