namespace ServerStatus.Application.Common.Results;

/// <summary>Success, or the expected errors that prevented it.</summary>
public sealed class Result : IFailable<Result>
{
    private Result(IReadOnlyList<Error> errors) => Errors = errors;

    public static Result Success { get; } = new([]);

    public IReadOnlyList<Error> Errors { get; }

    public bool IsSuccess => Errors.Count == 0;

    /// <summary>The outcome to audit: the first error's, or <see cref="Outcome.Ok"/>.</summary>
    public Outcome Outcome => IsSuccess ? Outcome.Ok : Errors[0].Outcome;

    public static Result Fail(IReadOnlyList<Error> errors) =>
        errors.Count == 0 ? throw new ArgumentException("A failure needs at least one error.", nameof(errors)) : new Result(errors);

    public static implicit operator Result(Error error) => Fail([error]);
}

/// <summary>A value, or the expected errors that prevented it.</summary>
public sealed class Result<T> : IFailable<Result<T>>, IPartialOutcomes
{
    private readonly T? _value;

    private Result(T? value, IReadOnlyList<Error> errors)
    {
        _value = value;
        Errors = errors;
    }

    public IReadOnlyList<Error> Errors { get; }

    public bool IsSuccess => Errors.Count == 0;

    public Outcome Outcome => IsSuccess ? Outcome.Ok : Errors[0].Outcome;

    /// <summary>The value of a successful result; reading it from a failure is a programming error.</summary>
    public T Value => IsSuccess ? _value! : throw new InvalidOperationException($"The result failed: {Errors[0].Message}");

    /// <summary>The per-part outcomes of a successful value that has them (a report per server); none otherwise.</summary>
    IEnumerable<PartOutcome> IPartialOutcomes.PartOutcomes => IsSuccess && _value is IPartialOutcomes parts ? parts.PartOutcomes : [];

    public static Result<T> Success(T value) => new(value, []);

    /// <summary>The value turned into another on success; the same errors on failure.</summary>
    public Result<TOut> Map<TOut>(Func<T, TOut> map)
    {
        ArgumentNullException.ThrowIfNull(map);
        return IsSuccess ? Result<TOut>.Success(map(Value)) : Result<TOut>.Fail(Errors);
    }

    public static Result<T> Fail(IReadOnlyList<Error> errors) =>
        errors.Count == 0 ? throw new ArgumentException("A failure needs at least one error.", nameof(errors)) : new Result<T>(default, errors);

    public static implicit operator Result<T>(T value) => Success(value);

    public static implicit operator Result<T>(Error error) => Fail([error]);
}
