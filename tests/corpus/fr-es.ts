/** Français et español: visitors, festivals and a fishing fleet (all invented). */
import type { CorpusStory } from './types';

export const frenchAndSpanish: CorpusStory[] = [
  {
    key: 'fr-navette',
    title: 'Navette maritime Harborview–Port Aldane : 45 minutes, 9,50 $ et une vue « à couper le souffle »',
    dek: 'Le nouveau bateau rapide relie les deux ports dix fois par jour. Nous l’avons testé un mardi matin de brouillard.',
    section: 'world',
    author: 'tomasz-wierzbicki',
    tags: ['transit', 'shipping'],
    language: 'fr',
    searchTerm: 'brouillard',
    sources: [{ name: 'Saltwater Ferries — horaires (en anglais)', url: 'https://saltwater-ferries.example/routes/port-aldane' }],
    body: `Départ 7 h 15 du quai nord, arrivée 8 h 00 à Port Aldane : la navette rapide tient son horaire, même par un mardi de brouillard épais où l’on ne distingue pas la proue depuis la poupe.

## Ce qu’il faut savoir

- dix allers-retours par jour en semaine, six le week-end ;
- billet simple : 9,50 $, abonnement mensuel : 180 $ ;
- vélos acceptés gratuitement, dans la limite de douze par traversée.

> Avant, il me fallait une heure et demie en bus. Maintenant je lis un chapitre et j’arrive.

Marguerite Lefebvre-Okoro, infirmière à Port Aldane, fait partie des 1 100 passagers quotidiens. L’exploitant espère en transporter 2 000 d’ici l’été.`,
  },
  {
    key: 'fr-marche',
    title: 'Le marché de Noël de la Corderie accueille cette année des artisans de trois pays',
    dek: 'Polonais, allemands et ukrainiens rejoignent les exposants locaux du 1er au 23 décembre.',
    section: 'culture',
    author: 'june-castellanos',
    tags: ['arts', 'twin-cities', 'small-business'],
    language: 'fr',
    searchTerm: 'Corderie',
    sources: [{ name: 'Marché de Noël de la Corderie', url: 'https://ropewalk-christmas.example/fr' }],
    body: `Le marché de Noël de la Corderie (Old Ropewalk) ouvre le 1er décembre avec 64 chalets, dont douze tenus par des artisans de Nowa Przystań, de Kaltenhafen et de la communauté ukrainienne de Harborview : céramiques peintes, pains d’épices, broderies et jouets en bois. Ouvert tous les jours de 11 h à 21 h ; entrée libre.`,
  },
  {
    key: 'es-flota',
    title: 'La flota pesquera de Gullhaven: quedan 19 barcos, hace 30 años eran 140',
    dek: 'Los pescadores culpan a las cuotas y al precio del combustible. Sus hijos, en su mayoría, ya trabajan en tierra.',
    section: 'business',
    author: 'elliot-hale',
    tags: ['shipping', 'small-business'],
    language: 'es',
    searchTerm: 'pescadores',
    sources: [{ name: 'Autoridad Marítima Costera — registro de buques', url: 'https://maritime-authority.coastal.example/registro?puerto=gullhaven&tipo=pesca' }],
    body: `A las cinco de la mañana, en el muelle de Gullhaven, solo tres barcos encienden los motores. Hace treinta años, a esa hora, el puerto era un atasco de 140 embarcaciones.

## La flota en cifras

| Año | Barcos | Pescadores |
|---|---:|---:|
| 1996 | 140 | 610 |
| 2006 | 82 | 340 |
| 2016 | 41 | 170 |
| 2026 | 19 | 74 |

> Mi abuelo pescaba, mi padre pescaba, yo pesco. Mi hija es programadora. Y me parece bien.

Eso dice Rafael Ibarra, de 58 años, patrón del *Santa Brígida*. La cooperativa de pescadores pide al ayuntamiento que reserve el muelle para la pesca y no lo convierta en un puerto deportivo.`,
  },
  {
    key: 'es-festival',
    title: '¡Vuelve el Festival de Cine del Puerto! 38 películas, 12 países y una noche de cine al aire libre',
    dek: 'La décima edición dedica una sección a películas rodadas en ciudades portuarias.',
    section: 'culture',
    author: 'june-castellanos',
    tags: ['arts'],
    language: 'es',
    searchTerm: 'películas',
    sources: [{ name: 'Harbour Film Festival', url: 'https://harbour-film-festival.example/es/programa' }],
    body: `El Festival de Cine del Puerto celebra su décima edición del 9 al 15 de octubre con 38 películas de 12 países. La sección «Ciudades con puerto» reúne historias de Valparaíso a Gdańsk, y el sábado se proyectará una película muda con música en directo sobre una pantalla instalada en el muelle norte. Las entradas cuestan 8 $; las sesiones matinales son gratuitas para mayores de 65 años.`,
  },
];
