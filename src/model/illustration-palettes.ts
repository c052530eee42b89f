/**
 * Deep, mid and light colours of the sample illustrations: the Worker draws them as SVG heroes
 * (src/routes/media.ts) and the Node seed script paints its photos from them
 * (seed/photos/generate.ts). Plain data, so both runtimes can import it.
 */
export const ILLUSTRATION_PALETTES: Record<string, [string, string, string]> = {
  harbor: ['#0b3954', '#087e8b', '#bfd7ea'],
  skyline: ['#1b1b3a', '#693668', '#f7b267'],
  circuit: ['#0f2027', '#2c5364', '#7cfc00'],
  lab: ['#26547c', '#ef476f', '#ffd166'],
  stadium: ['#1d3557', '#457b9d', '#a8dadc'],
  market: ['#6a040f', '#e85d04', '#ffba08'],
  gallery: ['#3d405b', '#e07a5f', '#f4f1de'],
  forest: ['#132a13', '#4f772d', '#ecf39e'],
  train: ['#2b2d42', '#8d99ae', '#ef233c'],
  rain: ['#22333b', '#5e6472', '#c6d8d3'],
};
