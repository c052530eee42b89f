/** Deutsch: Kaltenhafen, die deutsche Partnerstadt Harborviews (alle Personen und Orte erfunden). */
import type { CorpusStory } from './types';

export const german: CorpusStory[] = [
  {
    key: 'de-strassenbahn',
    title: 'Kaltenhafen: Straßenbahn über die Große Weserbrücke fährt ab Mai – nach 14 Jahren Planung',
    dek: 'Die neue Linie 7 verbindet den Hauptbahnhof mit dem Hafenviertel. Die Kosten sind um 38 % gestiegen.',
    section: 'world',
    author: 'greta-vollmer',
    tags: ['transit', 'twin-cities'],
    language: 'de',
    searchTerm: 'Weserbrücke',
    sources: [
      { name: 'Stadtwerke Kaltenhafen – Pressemitteilung', url: 'https://stadtwerke-kaltenhafen.example/presse/linie-7' },
      { name: 'Ratsinformationssystem Kaltenhafen', url: 'https://ratsinfo.kaltenhafen.example/vorlage?id=2026%2F0412&typ=beschluss' },
    ],
    body: `Nach vierzehn Jahren Planung und drei Jahren Bauzeit fährt die Straßenbahnlinie 7 in Kaltenhafen ab dem 4. Mai über die Große Weserbrücke. Sie verbindet den Hauptbahnhof in zwölf Minuten mit dem Hafenviertel.

## Die Linie in Zahlen

| | Wert |
|---|---:|
| Streckenlänge | 5,6 km |
| Haltestellen | 11 |
| Takt (Hauptverkehrszeit) | 7,5 Minuten |
| Kosten | 186 Mio. € |
| Ursprünglich geplant | 135 Mio. € |

Die Mehrkosten erklären die Stadtwerke vor allem mit der Sanierung der Brücke, deren Stahlträger stärker verrostet waren als angenommen.

> Wir haben eine Straßenbahn gebaut und nebenbei eine Brücke gerettet. Das eine war teurer als das andere.

So fasste es Stadtwerke-Chef Matthias Brandhorst zusammen. Zur Eröffnung fahren alle Straßenbahnen am ersten Wochenende kostenlos.`,
  },
  {
    key: 'de-stau',
    title: 'Stau!',
    dek: 'Ein umgekippter Lkw mit 20 Tonnen Fischmehl blockiert seit dem Morgen die Hafenstraße.',
    section: 'world',
    author: null,
    tags: ['transit', 'public-safety'],
    language: 'de',
    searchTerm: 'Fischmehl',
    sources: [{ name: 'Polizei Kaltenhafen', url: 'https://polizei-kaltenhafen.example/meldungen/hafenstrasse' }],
    body: `Auf der Hafenstraße in Kaltenhafen ist am Dienstagmorgen ein Lastwagen mit 20 Tonnen Fischmehl umgekippt. Der Fahrer blieb unverletzt. Die Straße bleibt nach Angaben der Polizei bis mindestens 14 Uhr in beide Richtungen gesperrt; die Umleitung führt über die Deichallee. Anwohner berichten von einem „sehr maritimen“ Geruch im ganzen Viertel.`,
  },
  {
    key: 'de-buergerentscheid',
    title: 'Bürgerentscheid über das Hafenbad: 54,3 % stimmen für den Erhalt des Freibads',
    dek: 'Der Stadtrat wollte das marode Bad schließen und ein Hallenbad am Stadtrand bauen. Die Kaltenhafener haben anders entschieden.',
    section: 'world',
    author: 'greta-vollmer',
    tags: ['city-council', 'budget', 'twin-cities'],
    language: 'de',
    searchTerm: 'Hafenbad',
    sources: [{ name: 'Stadt Kaltenhafen – Wahlergebnisse', url: 'https://wahlen.kaltenhafen.example/buergerentscheid-hafenbad' }],
    body: `Das Hafenbad bleibt. Beim Bürgerentscheid am Sonntag stimmten 54,3 % der Wählerinnen und Wähler dafür, das Freibad aus dem Jahr 1928 zu sanieren, statt es zu schließen. Die Wahlbeteiligung lag bei 41,7 %.

## Das Ergebnis

| Antwort | Stimmen | Anteil |
|---|---:|---:|
| Ja (Erhalt des Hafenbads) | 21.904 | 54,3 % |
| Nein | 18.437 | 45,7 % |

Die Sanierung soll 14,2 Millionen Euro kosten. Oberbürgermeisterin Dagmar Ostendorf kündigte an, das Ergebnis „ohne Wenn und Aber“ umzusetzen, warnte aber, dass dafür andere Projekte verschoben werden müssten.`,
  },
  {
    key: 'de-partnerschaft',
    title: '50 Jahre Städtepartnerschaft Kaltenhafen–Harborview: Ein Festwochenende mit Blaskapelle, Fischbrötchen, Drachenbootrennen und einer Delegation von 120 Gästen aus Übersee, die am Freitag mit der Fähre ankommt',
    dek: 'Vom 5. bis 7. Juni feiern beide Städte ihr Jubiläum. Das Programm im Überblick.',
    section: 'culture',
    author: 'greta-vollmer',
    tags: ['twin-cities', 'arts'],
    language: 'de',
    searchTerm: 'Drachenbootrennen',
    sources: [{ name: 'Partnerschaftsverein Kaltenhafen–Harborview', url: 'https://partnerschaft-kaltenhafen.example/jubilaeum' }],
    body: `Vor fünfzig Jahren unterschrieben die Bürgermeister von Kaltenhafen und Harborview im Rathaussaal eine Partnerschaftsurkunde, die bis heute im Foyer hängt. Zum Jubiläum erwartet die Stadt 120 Gäste aus Harborview.

## Programm

1. **Freitag, 5. Juni** – Ankunft der Delegation am Fähranleger, Empfang mit der Blaskapelle „Weserklang“.
2. **Samstag, 6. Juni** – Drachenbootrennen im Binnenhafen: zwölf Teams, darunter eines aus Harborview und eines aus Nowa Przystań.
3. **Samstag, abends** – Konzert des Dockerchors aus Harborview in der Hafenkirche.
4. **Sonntag, 7. Juni** – Festgottesdienst, danach Fischbrötchen für alle auf dem Marktplatz.

Der Partnerschaftsverein sucht noch Gastfamilien für zwanzig Besucherinnen und Besucher.`,
  },
  {
    key: 'de-wasserstoff',
    title: 'Wasserstoff-Fähre „Möwe II“ besteht die Probefahrt – trotz Sturmwarnung',
    dek: 'Die erste emissionsfreie Fähre auf der Unterweser soll ab Herbst im Linienverkehr fahren.',
    section: 'technology',
    author: 'greta-vollmer',
    tags: ['energy', 'shipping', 'zegluga'],
    language: 'de',
    searchTerm: 'Wasserstoff',
    sources: [{ name: 'Weserfähren GmbH', url: 'https://weserfaehren.example/aktuelles/moewe-ii' }],
    body: `Die „Möwe II“ hat ihre erste Probefahrt auf der Unterweser bestanden. Die Fähre fährt mit Brennstoffzellen, die aus Wasserstoff Strom erzeugen; aus dem Auspuff kommt nur Wasserdampf.

Trotz einer Sturmwarnung mit Böen bis 75 km/h absolvierte sie die 3,2 Kilometer lange Strecke zwischen Kaltenhafen und Deichsand viermal. Kapitänin Birte Harms sagte, die Fähre liege „ruhiger im Wasser als die alte“.

- Länge: 46 Meter
- Platz für 180 Fahrgäste und 24 Autos
- Tankfüllung reicht für zwei Betriebstage
- Kosten: 17,8 Mio. €, davon 60 % Fördermittel

Der Linienbetrieb soll im Oktober beginnen.`,
  },
  {
    key: 'de-kommentar',
    title: 'Kommentar: Warum Kaltenhafen von Harborview lernen sollte – und umgekehrt',
    dek: 'Zwei Hafenstädte, zwei Straßenbahnprojekte, zwei Wege, mit Verzögerungen umzugehen. Eine Einordnung.',
    section: 'world',
    author: 'greta-vollmer',
    tags: ['twin-cities', 'transit'],
    language: 'de',
    previously: ['de-strassenbahn', 'tram-delay'],
    searchTerm: 'Einordnung',
    sources: [{ name: 'Harborview Regional Transit (englisch)', url: 'https://hrt.harborview.example/projects/line-4' }],
    body: `Wer in diesen Wochen die Nachrichten aus Harborview liest, erlebt ein Déjà-vu. Dort hat man beim Bau einer Straßenbahn alte Gerbergruben gefunden, hier waren es rostige Brückenträger. Beide Projekte wurden teurer und später fertig.

Der Unterschied liegt im Umgang damit. Harborview legt jedes Quartal einen öffentlichen Kostenbericht vor – das hat der Stadtrat zur Bedingung gemacht. In Kaltenhafen erfuhren die Bürgerinnen und Bürger von den Mehrkosten aus der Zeitung.

Umgekehrt könnte Harborview von Kaltenhafen lernen, wie man Anwohner einbindet: Hier gab es während der Bauzeit eine Baustellen-Sprechstunde jeden Donnerstag, vor Ort, in einem Container.

> Transparenz kostet wenig. Misstrauen kostet viel.

Beide Städte feiern im Juni fünfzig Jahre Partnerschaft. Ein Austausch der Verkehrsplaner wäre ein schöneres Geschenk als eine weitere Urkunde.`,
  },
];
