namespace MedCoder.Contracts.Coding;

/// <summary>What the coded documentation says about a charged line.</summary>
public enum ReconciliationOutcome
{
    /// <summary>The documentation supports the charged code and units.</summary>
    Supported,

    /// <summary>The documentation supports the code with other units; the line bills the documented units.</summary>
    UnitsAdjusted,

    /// <summary>The code is charged on several lines whose units add up differently from the documentation; left for review (which line to change is not knowable).</summary>
    UnitsDiffer,

    /// <summary>An E/M charge whose level the documentation does not support (another level of the same family); the charge is kept, for review.</summary>
    LevelMismatch,
}
