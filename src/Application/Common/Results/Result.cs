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
