namespace MedCoder.Coding.Training.Evaluation;

/// <summary>Of <see cref="Documents"/> with a first-listed gold code, how many had it as the engine's first code.</summary>
public sealed record FirstListedScore(int Documents, int Right)
{
    public double Share => Documents == 0 ? 0 : (double)Right / Documents;
}
