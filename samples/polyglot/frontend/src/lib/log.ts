type Level = "debug" | "info" | "warn" | "error";

export function log(level: Level, message: string, context: Record<string, unknown> = {}): void {
  // The one place allowed to write to the console.
  // guidepost: ignore[acme/no-console-log] the logger itself is the sanctioned console writer
  console.log(JSON.stringify({ level, message, ...context }));
}
