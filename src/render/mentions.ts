// Makes untrusted text (articles, questions) unable to ping anyone: @everyone/@here, Slack's
// <!channel>/<!here>/<@U…>/<#C…>, Discord's <@id>/<@&role>/<#id>, and terminal escape codes.

const ZWSP = '\u200b';

/** Breaks every mass or user mention so that it reads the same but notifies nobody. */
export function neutraliseMentions(text: string): string {
  return (
    text
      .replace(/@(everyone|here|channel)\b/gi, `@${ZWSP}$1`)
      .replace(/<([!@#&])/g, `<${ZWSP}$1`)
      // Slack's angle-bracket commands also hide behind the HTML entity form.
      .replace(/&lt;([!@#])/gi, `&lt;${ZWSP}$1`)
  );
}

/** Removes terminal control sequences and control characters (keeps newlines and tabs). */
export function stripControl(text: string): string {
  return text.replace(/\u001b\[[0-9;?]*[ -/]*[@-~]/g, '').replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '');
}

/** Cuts text to a limit, on a word boundary when one is near, with an ellipsis. */
export function truncate(text: string, limit: number): string {
  if (text.length <= limit) return text;
  const cut = text.slice(0, Math.max(0, limit - 1));
  const space = cut.lastIndexOf(' ');
  return `${space > limit * 0.6 ? cut.slice(0, space) : cut}…`;
}
