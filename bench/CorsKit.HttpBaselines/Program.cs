using CorsKit.HttpBaselines;

// The reference servers of bench/http/run.sh: CorsKit.Server's routes and logging with Microsoft's CORS middleware
// (--cors builtin) or with no CORS at all (--cors none). Configured by the server's own variables.
return BaselineServer.Run(args, Console.Error);
