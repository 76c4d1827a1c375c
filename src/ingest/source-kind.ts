/** True for anything written as a URL ("https://…", "ftp://…"); safeFetch refuses non-http schemes. */
export function isUrlLike(source: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(source);
}
