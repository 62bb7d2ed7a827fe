using CorsKit.Server.Startup;

// CorsKit.Server: an API server (or a gateway in front of one) with CorsKit in front. See README.md and docs/server.md.
return await ServerProgram.RunAsync(args, Console.Out, Console.Error);
