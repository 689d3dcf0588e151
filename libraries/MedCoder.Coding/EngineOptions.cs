using MedCoder.Coding.Routing;

namespace MedCoder.Coding;

/// <summary>How <see cref="EngineFactory"/> builds the engine.</summary>
/// <param name="Purpose">Claim coding (default) or clinical indexing.</param>
/// <param name="LexiconPath">A lexicon written by <c>medcoder codiesp train</c>; null for the embedded one.</param>
/// <param name="MinConfidence">Emit threshold; null for the one learned with the lexicon (best held-out F1).</param>
/// <param name="AutoReleaseConfidence">Every code at or above it (and no open query) releases the encounter without a coder.</param>
public sealed record EngineOptions(CodingPurpose Purpose = CodingPurpose.Claim, string? LexiconPath = null, double? MinConfidence = null, double AutoReleaseConfidence = ReleaseRouter.DefaultMinConfidence);
