/**
 * What may stop a run: SIGINT or SIGTERM to the runner, passed on to the running stage, or the
 * manifest keeper ending early, which stops the running stage (nothing could record it). Either
 * way the runner stops before the next step and the manifest keeps saying the run is incomplete.
 *
 * @module
 */

/** Thrown when a signal stopped the run; the manifest says the run is incomplete. */
export class RunInterrupted extends Error {
  override name = "RunInterrupted";
  readonly signal: Deno.Signal;
  constructor(signal: Deno.Signal, stage: string | undefined) {
    super(
      `pipeline interrupted by ${signal}${stage ? ` during stage ${stage}` : ""}: the run is ` +
        "recorded as incomplete; `deno task all` finishes it, `deno task verify` says what is stale",
    );
    this.signal = signal;
  }
}

/** Watches one run for what may stop it. */
export class RunWatch {
  signal: Deno.Signal | undefined;
  #keeperGone = false;
  #closing = false;
  #stage: Deno.ChildProcess | undefined;
  #handlers: [Deno.Signal, () => void][];

  constructor() {
    this.#handlers = (["SIGINT", "SIGTERM"] as const).map((signal) => [signal, () => {
      this.signal ??= signal;
      this.#stop(signal);
    }]);
    for (const [signal, handler] of this.#handlers) Deno.addSignalListener(signal, handler);
  }

  /** The stage process now running (undefined between stages). */
  running(child: Deno.ChildProcess | undefined): void {
    this.#stage = child;
    if (child !== undefined && (this.signal !== undefined || this.#keeperGone)) {
      this.#stop(this.signal ?? "SIGTERM");
    }
  }

  keeperEnded(): void {
    if (this.#closing) return;
    this.#keeperGone = true;
    this.#stop("SIGTERM");
  }

  /** Throws if the run must stop, naming `stage`, the stage it stopped in or before. */
  throwIfStopped(stage: string): void {
    if (this.signal !== undefined) throw new RunInterrupted(this.signal, stage);
    if (this.#keeperGone) {
      throw new Error(`the manifest keeper ended unexpectedly; stage ${stage} was stopped`);
    }
  }

  dispose(): void {
    this.#closing = true;
    for (const [signal, handler] of this.#handlers) Deno.removeSignalListener(signal, handler);
  }

  #stop(signal: Deno.Signal): void {
    try {
      this.#stage?.kill(signal);
    } catch {
      // The stage has already ended.
    }
  }
}
