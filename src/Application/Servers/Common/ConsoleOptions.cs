using System.ComponentModel.DataAnnotations;

namespace ServerStatus.Application.Servers.Common;

/// <summary>Configuration section <c>Console</c>: console input, exec and logs.</summary>
public sealed class ConsoleOptions
{
    public const string Section = "Console";

    /// <summary>An exec still running after this is killed.</summary>
    [Range(1, 3600)]
    public int ExecTimeoutSeconds { get; set; } = 30;

    /// <summary>How long the console output that follows a <c>cmd</c> line is collected to show the server's answer (0 = don't).</summary>
    [Range(0, 10000)]
    public int EchoMilliseconds { get; set; } = 2000;
}
