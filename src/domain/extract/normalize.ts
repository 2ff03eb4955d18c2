// How names are compared: without accents, apostrophes or case, hyphen the same as a space, so
// that "Al-Bab", "al Bab" and "Al Bāb", or "Ma‘arrat" and "Maarrat", are one key.

/** The accent-free spelling German and English texts use ("Sarāqib" → "Saraqib"). */
export function plainSpelling(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[‘’ʿʾ'`´]/g, '')
    .replace(/ı/g, 'i')
    .replace(/ß/g, 'ss');
}

export function nameKey(name: string): string {
  return plainSpelling(name)
    .toLowerCase()
    .replace(/[-‐‑–\s]+/g, ' ')
    .trim();
}
