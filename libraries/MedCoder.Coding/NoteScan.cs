using MedCoder.Coding.Matching;
using MedCoder.Coding.Rules;
using MedCoder.Contracts.Encounters;

namespace MedCoder.Coding;

/// <summary>
/// One note as the coder scans it: the model and encounter it is coded with, the note as content words, the candidates
/// found so far, and whether the note has a postoperative diagnosis (which then outranks its preoperative one).
/// </summary>
internal sealed record NoteScan(CoderModel Model, Encounter Encounter, ContentStream Stream, int NoteIndex, Dictionary<(string System, string Code), Candidate> Found, bool PostoperativeReplacesPreoperative);
