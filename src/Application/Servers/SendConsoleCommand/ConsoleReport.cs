namespace ServerStatus.Application.Servers.SendConsoleCommand;

/// <summary>What was sent, and the console output that followed it.</summary>
public sealed record ConsoleReport(string Server, string Text, IReadOnlyList<string> Echo);
