namespace ServerStatus.Application.Common.Results;

/// <summary>A response made of several parts with their own outcomes (one per server); audited as the worst of them.</summary>
public interface IPartialOutcomes
{
    IEnumerable<Outcome> PartOutcomes { get; }
}
