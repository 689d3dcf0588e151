namespace MedCoder.ComplianceEdit.Worklist;

/// <summary>
/// POST /api/worklist/{id}/decision. <c>accept-all</c> accepts the coding and its warnings as they stand and releases;
/// <c>revise</c> applies the changes and overrides (each with a reason), runs the edits again and releases when
/// <see cref="Release"/> is not false and nothing blocks; <c>return</c> sends the encounter back to the provider with
/// <see cref="Reason"/> (what only the hospital can fix: an edit error in its data, a field the 837 needs), and no claim
/// is made. <see cref="Version"/> is the item's version as opened: a decision on a version that has moved since answers 409.
/// </summary>
public sealed record DecisionRequest(string? Action, int? Version = null, IReadOnlyList<CodeChangeRequest>? Changes = null, IReadOnlyList<OverrideRequest>? Overrides = null, bool? Release = null, string? Reason = null)
{
    public const string AcceptAll = "accept-all";
    public const string Revise = "revise";
    public const string Return = "return";
}

/// <summary>kind: remove (system, code), add (system, code) or change (system, code → to); a reason always.</summary>
public sealed record CodeChangeRequest(string? Kind, string? System, string? Code, string? To = null, string? Reason = null)
{
    public const string Remove = "remove";
    public const string Add = "add";
    public const string Change = "change";
}

/// <summary>POST /api/worklist/{id}/query: a question for the provider; the item leaves the list until it is answered.</summary>
public sealed record QueryRequest(string? Topic, string? Question, int? Version = null);

/// <summary>POST /api/worklist/{id}/query/answer: the provider's answer (the hospital's key), which puts the item back on the list.</summary>
public sealed record QueryAnswerRequest(string? Answer);

/// <summary>Release despite a warning, with the coder's reason.</summary>
public sealed record OverrideRequest(string? EditId, string? Reason);

/// <summary>How a worklist call ended: the item, or an HTTP status and a detail naming what is wrong.</summary>
public sealed record WorklistResult(int Status, WorklistItem? Item = null, string? Detail = null)
{
    public static WorklistResult Ok(WorklistItem item) => new(StatusCodes.Status200OK, item);

    public static readonly WorklistResult NotFound = new(StatusCodes.Status404NotFound, Detail: "No worklist item with this id is visible to you.");

    public static WorklistResult Invalid(string detail) => new(StatusCodes.Status400BadRequest, Detail: detail);

    public static WorklistResult Conflict(string detail) => new(StatusCodes.Status409Conflict, Detail: detail);

    public static WorklistResult Blocked(string detail) => new(StatusCodes.Status422UnprocessableEntity, Detail: detail);
}
