/** A failure of one part of the stack; the CLI prints its log's last lines. */
export class StackError extends Error {
  constructor(
    readonly component: string,
    message: string,
    readonly logFile?: string,
  ) {
    super(message);
    this.name = "StackError";
  }
}
