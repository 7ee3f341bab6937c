/** Search and SAM-name normalisation: lower case, no diacritics ("Zoë Ångström" → "zoe angstrom"). */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

/** A SAM-name piece: folded, letters and digits only ("O'Brien" → "obrien", "Van Dijk" → "vandijk"). */
export function samPiece(text: string): string {
  return fold(text)
    .replace(/ø/g, 'o')
    .replace(/ł/g, 'l')
    .replace(/[^a-z0-9-]/g, '');
}
