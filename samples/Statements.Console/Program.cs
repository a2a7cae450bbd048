using Statements.ConsoleApp;

return Cli.Run(args, Console.Out, Console.Error, Terminal.Detect());
