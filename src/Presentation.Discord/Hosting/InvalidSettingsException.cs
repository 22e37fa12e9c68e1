namespace ServerStatus.Presentation.Discord.Hosting;

/// <summary>The configuration cannot run the bot: one sentence per problem, each naming its key (never a secret's value).</summary>
public sealed class InvalidSettingsException : Exception
{
    public InvalidSettingsException()
    {
    }

    public InvalidSettingsException(string message)
        : base(message) => Problems = [message];

    public InvalidSettingsException(string message, Exception innerException)
        : base(message, innerException) => Problems = [message];

    public InvalidSettingsException(IReadOnlyList<string> problems)
        : base(string.Join(" ", problems ?? [])) => Problems = problems ?? [];

    public IReadOnlyList<string> Problems { get; } = [];
}
