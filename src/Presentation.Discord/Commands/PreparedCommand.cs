namespace ServerStatus.Presentation.Discord.Commands;

/// <summary>A command whose arguments were read: a run ready to start, or the problem to show with the usage of <paramref name="Info"/>.</summary>
public sealed record PreparedCommand(CommandInfo Info, ICommandRun? Run, string? Problem)
{
    public static PreparedCommand Ready(CommandInfo info, ICommandRun run) => new(info, run, null);

    public static PreparedCommand Refused(CommandInfo info, string problem) => new(info, null, problem);
}
