/** Runs a command-line entry point: prints a failure's message, not a stack, and exits non-zero. */
export function runCli(main: () => Promise<void>): void {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
