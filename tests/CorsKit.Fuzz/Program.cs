using CorsKit.Fuzz;

return FuzzProgram.Run(args);
