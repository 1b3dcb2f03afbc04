// Eleventy 3 ships no type declarations; this covers the programmatic API the build uses.
declare module "@11ty/eleventy" {
  export default class Eleventy {
    constructor(input?: string, output?: string, options?: { configPath?: string; quietMode?: boolean; runMode?: string });
    write(): Promise<unknown>;
    disableLogger(): void;
  }
}

declare module "@11ty/eleventy-dev-server" {
  export default class EleventyDevServer {
    static getServer(name: string, dir: string, options?: Record<string, unknown>): EleventyDevServer;
    serve(port: number): void;
    reload(event?: { files?: string[]; subtype?: string }): void;
    /** Its HTTP server, and how it starts listening (scripts/dev.ts binds it to loopback). */
    readonly server: import("node:http").Server;
    _serverListen(port: number): void;
    /** The output file a request's URL is served from (statusCode 200), or a redirect or 404. */
    mapUrlToFilePath(url: string): { statusCode: number; filepath?: string; url?: string } | undefined;
    close(): Promise<void>;
  }
}
