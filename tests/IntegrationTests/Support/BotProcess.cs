using System.Diagnostics;
using System.Text;

namespace ServerStatus.IntegrationTests.Support;

/// <summary>
/// The built bot as a process of its own (<c>dotnet ServerStatus.Presentation.Discord.dll</c>), configured by environment
/// variables as a service manager would: for what only a real process shows — a SIGKILL half-way through a job, the
/// command line's own commands, a second instance.
/// </summary>
public sealed class BotProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private BotProcess(Process process)
    {
        _process = process;
    }

    /// <summary>What it printed so far, standard output and error interleaved.</summary>
    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public bool HasExited => _process.HasExited;

    /// <summary>How the built host is started: in <paramref name="workingDirectory"/>, with each setting as its environment variable.</summary>
    public static ProcessStartInfo StartInfo(IReadOnlyDictionary<string, string?> settings, string workingDirectory, params string[] arguments)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet") { WorkingDirectory = workingDirectory };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "ServerStatus.Presentation.Discord.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in settings)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        return start;
    }

    /// <summary>Starts the bot; it runs until it stops by itself, <see cref="Kill"/> or disposal.</summary>
    public static BotProcess Start(IReadOnlyDictionary<string, string?> settings, string workingDirectory)
    {
        var start = StartInfo(settings, workingDirectory);
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.UseShellExecute = false;
        var process = Process.Start(start) ?? throw new InvalidOperationException("The bot's process did not start.");
        var bot = new BotProcess(process);
        process.OutputDataReceived += (_, line) => bot.Append(line.Data);
        process.ErrorDataReceived += (_, line) => bot.Append(line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return bot;
    }

    /// <summary>Starts the bot and waits until it has identified on <paramref name="discord"/>'s gateway with a session of its own.</summary>
    public static async Task<BotProcess> StartConnectedAsync(IReadOnlyDictionary<string, string?> settings, string workingDirectory, FakeDiscordServer discord, TimeSpan patience)
    {
        ArgumentNullException.ThrowIfNull(discord);
        var session = discord.Gateway.CurrentSessionId;
        var bot = Start(settings, workingDirectory);
        await Eventually.HoldsAsync(
            () => bot.HasExited || (discord.Gateway.CurrentSessionId is { } current && current != session),
            "the bot identifies on the gateway",
            patience);
        bot.HasExited.ShouldBeFalse(bot.Output);
        return bot;
    }

    /// <summary>SIGKILL: no shutdown code runs, as when the host dies or the out-of-memory killer strikes.</summary>
    public async Task KillAsync()
    {
        _process.Kill();
        await _process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            await KillAsync();
        }

        _process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }
    }
}
