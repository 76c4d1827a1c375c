/** What a CLI command may touch of the outside world; tests pass their own. */
export interface CliIo {
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream;
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  /** Settings for tests; the real CLI leaves it out and src/config reads the process environment. */
  env?: NodeJS.ProcessEnv;
}

/** Exit codes: 0 ok, 1 failure, 2 usage or configuration. */
export const EXIT = { ok: 0, failure: 1, usage: 2 } as const;

export const write = (stream: NodeJS.WritableStream, text: string): void => {
  stream.write(text.endsWith('\n') ? text : `${text}\n`);
};

/** Reads all of stdin. */
export async function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks);
}
