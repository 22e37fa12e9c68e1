using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Docker.DotNet;
using Docker.DotNet.Models;
using ServerStatus.Application.Games;
using ServerStatus.Infrastructure.Docker;

namespace ServerStatus.Infrastructure.Games;

/// <summary>
/// For games without a query protocol: writes the players command to the server's console (stdin, as <c>cmd</c> does)
/// and reads the output that follows until a line matches the pattern.
/// </summary>
public static class ConsolePlayerQuery
{
    public static async Task<PlayerCount> QueryAsync(IDockerClient client, string containerId, ContainerInspectResponse inspected, ConsoleSource source, CancellationToken ct)
    {
        if (inspected.Config?.OpenStdin != true)
        {
            throw new GameQueryException("the container has no open stdin, so the players command cannot be typed (run it with `docker run -i`)");
        }

        var parameters = new ContainerAttachParameters { Stream = true, Stdin = true, Stdout = true, Stderr = true };
        using var stream = await client.Containers.AttachContainerAsync(containerId, parameters, ct);
        var answer = new TaskCompletionSource<PlayerCount>(TaskCreationOptions.RunContinuationsAsynchronously);
        var lines = new LogLineCollector(keep: 1, line =>
        {
            if (Parse(source.Pattern, line) is { } count)
            {
                answer.TrySetResult(count);
            }
        });
        var bytes = Encoding.UTF8.GetBytes(source.Command + "\n");
        await stream.WriteAsync(bytes, 0, bytes.Length, ct);
        var buffer = new byte[16 * 1024];
        while (!answer.Task.IsCompleted)
        {
            var read = await stream.ReadOutputAsync(buffer, 0, buffer.Length, ct);
            if (read.EOF)
            {
                throw new GameQueryException("the console closed before the players command was answered");
            }

            lines.Add(read.Target == MultiplexedStream.TargetStream.StandardError, buffer.AsSpan(0, read.Count));
        }

        return await answer.Task;
    }

    /// <summary>The count (and max and names, when the pattern has those groups and they matched) of a line, or null when it does not match.</summary>
    public static PlayerCount? Parse(Regex pattern, string line)
    {
        ArgumentNullException.ThrowIfNull(pattern);
        var match = pattern.Match(line);
        if (!match.Success || !int.TryParse(match.Groups["count"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var count))
        {
            return null;
        }

        var max = match.Groups.TryGetValue("max", out var maxGroup) && int.TryParse(maxGroup.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var m) ? m : (int?)null;
        var names = match.Groups.TryGetValue("names", out var namesGroup) && namesGroup.Success
            ? namesGroup.Value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            : [];
        return new PlayerCount(count, max, names);
    }
}
