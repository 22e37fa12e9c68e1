using System.Net;
using System.Net.Sockets;
using System.Security.Authentication;
using System.Text.Json;
using Docker.DotNet;
using ServerStatus.Application.Common.Results;

namespace ServerStatus.Infrastructure.Docker;

/// <summary>
/// Turns what goes wrong talking to an engine into sentences: for users (<see cref="Describe"/>: the engine's name,
/// never its address nor its raw error text) and for the operator (<see cref="DescribeWithAddress"/>: start-up, doctor
/// and the log, with the address and the engine's own words).
/// </summary>
public static class DockerFailures
{
    public static bool IsEngineFailure(Exception exception) =>
        exception is HttpRequestException or SocketException or IOException or TimeoutException
            or OperationCanceledException or DockerApiException or AuthenticationException;

    public static Error Describe(EngineConnection engine, Exception exception, string? target = null) => exception switch
    {
        DockerApiException api => Answered(engine, api, target),
        _ => Error.Unavailable(Silent(engine, exception, at: "", KnownReason(exception) ?? "the bot's log has the details"), target),
    };

    public static string DescribeWithAddress(EngineConnection engine, Exception exception) => exception switch
    {
        DockerApiException api => $"Docker engine `{engine.Name}` at {engine.Options.Endpoint} answered {(int)api.StatusCode}: {EngineMessage(api)}.",
        _ => Silent(engine, exception, at: $" at {engine.Options.Endpoint}", KnownReason(exception) ?? Innermost(exception).Message.TrimEnd('.')),
    };

    public static Error NotConfigured(string engine, string? target = null) =>
        Error.Unavailable($"Docker engine `{engine}` is not configured.", target);

    /// <summary>The engine's own message from its JSON error body, without a trailing period.</summary>
    public static string EngineMessage(DockerApiException exception)
    {
        try
        {
            using var body = JsonDocument.Parse(exception.ResponseBody ?? "");
            if (body.RootElement.TryGetProperty("message", out var message) && message.GetString() is { Length: > 0 } text)
            {
                return text.TrimEnd('.', '\n');
            }
        }
        catch (JsonException)
        {
            // Not JSON: fall back to the status text below.
        }

        return exception.StatusCode.ToString();
    }

    private static string Silent(EngineConnection engine, Exception exception, string at, string reason) =>
        exception is OperationCanceledException or TimeoutException
            ? $"Docker engine `{engine.Name}` did not answer in time{at}."
            : $"Docker engine `{engine.Name}` is not reachable{at} ({reason}).";

    // The engine answered with an error: the states a user can act on become sentences, anything else says where the
    // details are (the raw text may hold container ids and host paths, and reads as noise).
    private static Error Answered(EngineConnection engine, DockerApiException api, string? target)
    {
        var raw = EngineMessage(api);
        var server = target is null ? "the server" : $"`{target}`";
        string? Known(string fragment, string sentence) => raw.Contains(fragment, StringComparison.OrdinalIgnoreCase) ? sentence : null;
        var state = Known("already in progress", $"Another action on {server} is still in progress: try again in a moment.")
            ?? Known("is restarting", $"{Capitalized(server)} is restarting: try again in a moment.")
            ?? Known("is paused", $"{Capitalized(server)} is paused: unpause it first.")
            ?? Known("is not running", $"{Capitalized(server)} is not running.");
        if (state is not null)
        {
            return Error.Conflict(state, target);
        }

        return api.StatusCode == HttpStatusCode.Conflict
            ? Error.Conflict($"Docker engine `{engine.Name}` refused this because of the state {server} is in: try again in a moment.", target)
            : Error.Failed($"Docker engine `{engine.Name}` could not do this (it answered with error {(int)api.StatusCode}; the bot's log has its message).", target);
    }

    private static string Capitalized(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    private static Exception Innermost(Exception exception)
    {
        var innermost = exception;
        while (innermost.InnerException is not null)
        {
            innermost = innermost.InnerException;
        }

        return innermost;
    }

    /// <summary>Why a connection failed, in words fit for anyone; null when only the exception's own text would say it.</summary>
    private static string? KnownReason(Exception exception)
    {
        var innermost = Innermost(exception);
        if (exception is AuthenticationException || innermost is AuthenticationException)
        {
            return "TLS handshake failed: check the engine's certificate against CaCertificatePath and the client certificate";
        }

        return innermost is SocketException socket ? socket.SocketErrorCode switch
        {
            SocketError.ConnectionRefused => "connection refused",
            SocketError.AddressNotAvailable or SocketError.HostNotFound => "nothing listens there",
            SocketError.TimedOut => "timed out",
            SocketError.AccessDenied => "permission denied: the bot's user is not in the socket's group",
            _ => null,
        }
        : null;
    }
}
