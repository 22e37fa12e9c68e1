namespace ServerStatus.IntegrationTests.Deploy;

/// <summary>What a <see cref="HostCommand"/> did: exit code, standard output and error together, how long it took.</summary>
internal sealed record HostCommandResult(int ExitCode, string Output, TimeSpan Elapsed);
