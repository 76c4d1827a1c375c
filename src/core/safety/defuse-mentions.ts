/** Zero-width space: invisible, and it breaks every mention syntax it is put inside. */
const ZWSP = '\u200B';

/**
 * Makes text from articles or users unable to ping anyone on Slack or Discord:
 * `@everyone`, `@here`, `@channel`, Discord `<@123>`, `<@!123>`, `<@&456>`, Slack `<!channel>`,
 * `<!here>`, `<!subteam^…>`, `<@U123>`. The text still reads the same.
 */
export function defuseMentions(text: string): string {
  return text
    .replace(/@(everyone|here|channel|group)\b/giu, `@${ZWSP}$1`)
    .replace(/<([@!#])/gu, `<${ZWSP}$1`);
}
