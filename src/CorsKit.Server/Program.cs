using CorsKit.Server.Startup;

// CorsKit.Server: the seed's Express server, in C#, with CorsKit in front. See README.md and docs/server.md.
return await ServerProgram.RunAsync(args, Console.Out, Console.Error);
