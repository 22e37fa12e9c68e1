using System.Text;
using Docker.DotNet;
using Docker.DotNet.Models;
using ServerStatus.Application.Common.Results;
using ServerStatus.Application.Servers;
using ServerStatus.Domain.Servers;

namespace ServerStatus.Infrastructure.Docker;

/// <summary>A server's console (stdin through the attach API) and exec, with the output that comes back.</summary>
public static class DockerConsole
{
    // Prints its own PID first, so that a command that runs out of time can be killed by a second exec.
    // Prints its pid (to kill it on timeout), then runs the command in its place; a command that does not exist is
    // said the way a shell says it, not in the words of the wrapper.
    private const string PidWrapper = "echo \"" + ExecOutputCollector.PidMarker + "$$\" >&2; "
        + "command -v \"$1\" >/dev/null 2>&1 || { echo \"$1: command not found\" >&2; exit 127; }; exec \"$@\"";
    private const int MaxCapturedChars = 1_000_000;

    public static async Task<Result<IReadOnlyList<string>>> SendLineAsync(IDockerClient client, ServerId server, string line, TimeSpan echoWindow, CancellationToken ct)
    {
        var inspected = await client.Containers.InspectContainerAsync(server.ContainerId, ct);
        if (inspected.Config?.OpenStdin != true)
        {
            return Error.Conflict(
                $"`{server.Name}` was not created with an open stdin, so it has no console to write to: recreate it with `docker run -i` (or `stdin_open: true` in compose).",
                server.Name);
        }

        if (inspected.State?.Running != true)
        {
            return Error.Conflict($"`{server.Name}` is not running, so its console is not listening.", server.Name);
        }

        var parameters = new ContainerAttachParameters { Stream = true, Stdin = true, Stdout = true, Stderr = true };
        using var stream = await client.Containers.AttachContainerAsync(server.ContainerId, parameters, ct);
        var bytes = Encoding.UTF8.GetBytes(line + "\n");
        await stream.WriteAsync(bytes, 0, bytes.Length, ct);

        // Disposing the attach stream leaves the container's stdin open (StdinOnce is false for servers).
        var collector = new LogLineCollector(keep: 50);
        if (echoWindow > TimeSpan.Zero)
        {
            using var window = CancellationTokenSource.CreateLinkedTokenSource(ct);
            window.CancelAfter(echoWindow);
            await ReadUntilEndAsync(stream, collector, window.Token);
            ct.ThrowIfCancellationRequested();
        }

        return Result<IReadOnlyList<string>>.Success(collector.Finish());
    }

    public static async Task<Result<ExecOutcome>> ExecAsync(IDockerClient client, ServerId server, IReadOnlyList<string> command, TimeSpan timeout, CancellationToken ct)
    {
        var wrapped = await RunAsync(client, server, ["/bin/sh", "-c", PidWrapper, "sh", .. command], timeout, ct);
        if (wrapped.Finished && wrapped.Output.Pid is null && wrapped.ExitCode is 126 or 127)
        {
            // No shell in this image: run the command as it is (it cannot be killed on timeout then).
            var plain = await RunAsync(client, server, command, timeout, ct);
            return new ExecOutcome(plain.ExitCode, plain.Output.Text, TimedOut: !plain.Finished, Killed: false);
        }

        if (wrapped.Finished)
        {
            return new ExecOutcome(wrapped.ExitCode, wrapped.Output.Text, TimedOut: false, Killed: false);
        }

        var killed = wrapped.Output.Pid is { } pid && await KillAsync(client, server, pid, ct);
        return new ExecOutcome(null, wrapped.Output.Text, TimedOut: true, Killed: killed);
    }

    private static async Task<(bool Finished, long? ExitCode, ExecOutputCollector Output)> RunAsync(
        IDockerClient client, ServerId server, IReadOnlyList<string> command, TimeSpan timeout, CancellationToken ct)
    {
        var exec = await client.Exec.CreateContainerExecAsync(server.ContainerId, new ContainerExecCreateParameters
        {
            AttachStdout = true,
            AttachStderr = true,
            Cmd = [.. command],
        }, ct);
        using var stream = await client.Exec.StartContainerExecAsync(exec.ID, new ContainerExecStartParameters(), ct);
        var output = new ExecOutputCollector(MaxCapturedChars);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(ct);
        deadline.CancelAfter(timeout);
        var finished = await ReadUntilEndAsync(stream, output, deadline.Token);
        ct.ThrowIfCancellationRequested();
        var exitCode = finished ? (await client.Exec.InspectContainerExecAsync(exec.ID, ct)).ExitCode : null;
        return (finished, exitCode, output);
    }

    private static async Task<bool> KillAsync(IDockerClient client, ServerId server, int pid, CancellationToken ct)
    {
        var kill = await RunAsync(client, server, ["/bin/sh", "-c", $"kill -KILL {pid}"], TimeSpan.FromSeconds(10), ct);
        return kill.Finished && kill.ExitCode == 0;
    }

    /// <summary>Reads frames until the stream ends (true) or the token fires (false).</summary>
    private static async Task<bool> ReadUntilEndAsync(MultiplexedStream stream, IOutputSink sink, CancellationToken ct)
    {
        var buffer = new byte[16 * 1024];
        try
        {
            while (true)
            {
                var read = await stream.ReadOutputAsync(buffer, 0, buffer.Length, ct);
                if (read.EOF)
                {
                    return true;
                }

                sink.Add(read.Target == MultiplexedStream.TargetStream.StandardError, buffer.AsSpan(0, read.Count));
            }
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
