// @netlify/headers-parser ships no declarations for its parse entry point.
declare module "@netlify/headers-parser" {
  export function parseAllHeaders(options: {
    headersFiles?: string[];
    netlifyConfigPath?: string;
    configHeaders?: unknown[];
    minimal?: boolean;
  }): Promise<{ headers: unknown[]; errors: Error[] }>;
}
