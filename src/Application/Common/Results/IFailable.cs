namespace ServerStatus.Application.Common.Results;

/// <summary>A response type that pipeline behaviors can build as a failure without knowing its value type.</summary>
public interface IFailable<TSelf>
    where TSelf : IFailable<TSelf>
{
    IReadOnlyList<Error> Errors { get; }

    bool IsSuccess { get; }

    static abstract TSelf Fail(IReadOnlyList<Error> errors);
}

/// <summary>A response made of several parts with their own outcomes (one per server); audited as the worst of them.</summary>
public interface IPartialOutcomes
{
    IEnumerable<PartOutcome> PartOutcomes { get; }
}
