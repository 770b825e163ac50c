/**
 * One JSON value per line over a pipe: how the runner and the manifest keeper talk.
 *
 * @module
 */

/** The JSON values of `stream`, one per line, until it ends. */
export async function* readJsonLines(stream: ReadableStream<Uint8Array>): AsyncGenerator<unknown> {
  let pending = "";
  const decoder = new TextDecoder();
  for await (const chunk of stream) {
    pending += decoder.decode(chunk, { stream: true });
    const lines = pending.split("\n");
    pending = lines.pop() ?? "";
    for (const line of lines) if (line.trim() !== "") yield JSON.parse(line);
  }
  if (pending.trim() !== "") yield JSON.parse(pending);
}
