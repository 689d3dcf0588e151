using System.Collections.Frozen;
using System.Text;
using MedCoder.Coding.Reading;

namespace MedCoder.Coding.Training;

/// <summary>
/// Finds, in a machine-translated English text, the words a Spanish gold mention became ("síndrome
/// postlaminectomía" → "post-laminectomy syndrome"), so that training learns the phrase a rare code was assigned for
/// rather than every n-gram of its document. Medical Spanish is mostly cognate: words are compared by a spelling key
/// (accents, ph/f, mph/nf, th/t, y/i, -ción/-tion, -dad/-ty, final vowels) and character bigrams; a short table covers the
/// common words that are not cognate (dolor → pain). The answer is the shortest window that starts and ends on
/// matched words, covers at least half the mention's words, and lies nearest the mention's Spanish offset.
/// </summary>
public static class MentionAligner
{
    private const double MinSimilarity = 0.7;

    private static readonly FrozenSet<string> SpanishStopWords = new[]
    {
        "de", "del", "la", "el", "en", "con", "por", "para", "y", "a", "los", "las", "un", "una", "al", "se", "que", "su",
        "sus", "sin", "o", "e", "lo", "le", "como", "mas", "muy",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Common clinical Spanish words (accents removed) that share no spelling with their English translations ('|' between them).</summary>
    private static readonly FrozenDictionary<string, string[]> Translations = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["dolor"] = "pain", ["dolores"] = "pain", ["doloroso"] = "painful", ["derecho"] = "right", ["derecha"] = "right",
        ["izquierdo"] = "left", ["izquierda"] = "left", ["higado"] = "liver", ["rinon"] = "kidney", ["pulmon"] = "lung",
        ["corazon"] = "heart", ["ojo"] = "eye", ["ojos"] = "eyes", ["pierna"] = "leg", ["brazo"] = "arm", ["mano"] = "hand",
        ["manos"] = "hands", ["pie"] = "foot", ["rodilla"] = "knee", ["cadera"] = "hip", ["hombro"] = "shoulder",
        ["muneca"] = "wrist", ["tobillo"] = "ankle", ["cuello"] = "neck", ["cabeza"] = "head", ["espalda"] = "back",
        ["pecho"] = "chest", ["vejiga"] = "bladder", ["mama"] = "breast", ["piel"] = "skin", ["sangre"] = "blood",
        ["hueso"] = "bone", ["masa"] = "mass", ["herida"] = "wound", ["quemadura"] = "burn", ["tos"] = "cough",
        ["fiebre"] = "fever", ["vomitos"] = "vomiting", ["debilidad"] = "weakness", ["perdida"] = "loss", ["peso"] = "weight",
        ["aumento"] = "increase", ["tamano"] = "size", ["leve"] = "mild", ["grave"] = "severe", ["agudo"] = "acute",
        ["aguda"] = "acute", ["antecedentes"] = "history", ["marcha"] = "gait", ["embarazo"] = "pregnancy",
        ["parto"] = "delivery", ["sordera"] = "deafness", ["ceguera"] = "blindness", ["mareo"] = "dizziness",
        ["cansancio"] = "fatigue", ["estrenimiento"] = "constipation", ["picor"] = "itching", ["hinchazon"] = "swelling",
        ["ganglio"] = "node", ["cuerpo"] = "body", ["extrano"] = "foreign", ["diente"] = "tooth", ["dientes"] = "teeth",
        ["boca"] = "mouth", ["lengua"] = "tongue", ["labio"] = "lip", ["oido"] = "ear", ["nariz"] = "nose",
        ["garganta"] = "throat", ["hierro"] = "iron", ["consumo"] = "use", ["tabaco"] = "tobacco", ["fumador"] = "smoker",
        ["bebedor"] = "drinker", ["enfermedad"] = "disease", ["trastorno"] = "disorder", ["insuficiencia"] = "failure",
        ["quiste"] = "cyst", ["calculo"] = "stone", ["piedra"] = "stone", ["ambos"] = "both", ["ambas"] = "both",
        ["cirugia"] = "surgery", ["semanas"] = "weeks", ["ecografia"] = "ultrasound", ["exeresis"] = "excision",
        ["extirpacion"] = "excision", ["drenaje"] = "drainage", ["dedo"] = "finger", ["miembro"] = "limb",
        ["vientre"] = "abdomen", ["vias"] = "tract", ["disnea"] = "dyspnea", ["nauseas"] = "nausea", ["sordo"] = "deaf",
        ["analitica"] = "laboratory", ["rx"] = "ray", ["torax"] = "chest", ["tac"] = "ct", ["tc"] = "ct",
        ["cefalea"] = "headache|cephalea", ["dolorosa"] = "painful|pain|tender", ["vih"] = "hiv", ["vhc"] = "hcv",
        ["vhb"] = "hbv", ["hta"] = "hypertension|hbp", ["epoc"] = "copd", ["palidez"] = "pallor|paleness",
        ["caida"] = "fall", ["muerte"] = "death|died", ["ictericia"] = "jaundice", ["sangrado"] = "bleeding",
        ["temblor"] = "tremor", ["convulsiones"] = "seizures|convulsions", ["sudoracion"] = "sweating",
        ["fumadora"] = "smoker", ["exfumador"] = "smoker", ["tabaquismo"] = "smoking|smoker", ["cigarrillos"] = "cigarettes",
        ["malestar"] = "malaise|discomfort", ["somnolencia"] = "drowsiness|somnolence", ["bloqueo"] = "block",
        ["cicatriz"] = "scar", ["quemaduras"] = "burns", ["asma"] = "asthma", ["aislamiento"] = "isolation",
        ["rm"] = "mri", ["traumatismo"] = "trauma|injury|traumatism", ["npt"] = "tpn", ["hemorragia"] = "hemorrhage|bleeding",
        ["dpca"] = "capd", ["les"] = "sle", ["eii"] = "ibd", ["fa"] = "af", ["iam"] = "ami", ["tce"] = "tbi",
    }.ToFrozenDictionary(p => p.Key, p => p.Value.Split('|'), StringComparer.Ordinal);

    /// <summary>Spanish endings and the English ones they usually become; the first that fits is tried.</summary>
    private static readonly (string Spanish, string English)[] Endings =
    [
        ("ciones", "tions"), ("cion", "tion"), ("ias", "ies"), ("ia", "y"), ("icos", "ic"), ("icas", "ic"), ("ico", "ic"),
        ("ica", "ic"), ("osos", "ous"), ("osas", "ous"), ("oso", "ous"), ("osa", "ous"), ("ismo", "ism"), ("ivo", "ive"),
        ("iva", "ive"), ("dad", "ty"), ("ados", "ated"), ("adas", "ated"), ("ado", "ated"), ("ada", "ated"),
    ];

    private static readonly (string From, string To)[] Spellings =
    [
        ("ccion", "ction"), ("cion", "tion"), ("ph", "f"), ("mf", "nf"), ("th", "t"), ("rh", "r"), ("ch", "c"), ("h", string.Empty),
        ("y", "i"), ("k", "c"), ("qu", "c"), ("z", "s"), ("x", "s"),
    ];

    /// <summary>The English words of the text the Spanish mention was translated to, or null when too few of them match.</summary>
    /// <param name="spanishStart">The mention's offset in the Spanish original; the English text is about as long.</param>
    public static string? Align(string reference, int spanishStart, string english)
    {
        var spanish = Words(reference).Select(w => w.Text).Where(w => !SpanishStopWords.Contains(w)).Distinct(StringComparer.Ordinal).ToArray();
        if (spanish.Length == 0)
        {
            return null;
        }

        var spanishKeys = spanish.Select(w => SpanishKeys(w)).ToArray();
        var tokens = Words(english);
        var similarity = new double[tokens.Count][];
        var matched = new bool[tokens.Count];
        for (var t = 0; t < tokens.Count; t++)
        {
            var key = Key(tokens[t].Text);
            similarity[t] = new double[spanish.Length];
            for (var s = 0; s < spanish.Length; s++)
            {
                similarity[t][s] = Similarity(spanish[s], spanishKeys[s], tokens[t].Text, key);
                matched[t] |= similarity[t][s] > 0;
            }
        }

        var width = (2 * spanish.Length) + 2;
        (int Covered, double Score, int From, int To)? best = null;
        var cover = new double[spanish.Length];
        for (var from = 0; from < tokens.Count; from++)
        {
            if (!matched[from])
            {
                continue;
            }

            Array.Clear(cover);
            for (var to = from; to < tokens.Count && to < from + width; to++)
            {
                for (var s = 0; s < spanish.Length; s++)
                {
                    cover[s] = Math.Max(cover[s], similarity[to][s]);
                }

                if (!matched[to])
                {
                    continue;
                }

                var covered = cover.Count(c => c > 0);
                var distance = Math.Abs(tokens[from].Start - spanishStart) / (double)Math.Max(1, english.Length);
                var score = cover.Sum() - (0.5 * distance) - (0.05 * (to - from));
                if (best is not { } b || covered > b.Covered || (covered == b.Covered && score > b.Score))
                {
                    best = (covered, score, from, to);
                }
            }
        }

        return best is { } found && found.Covered * 2 >= spanish.Length
            ? english[tokens[found.From].Start..tokens[found.To].End]
            : null;
    }

    private static double Similarity(string spanish, string[] spanishKeys, string english, string englishKey)
    {
        if (spanish == english || (Translations.TryGetValue(spanish, out var translations) && translations.Any(t => t == english || Key(t) == englishKey)))
        {
            return 1;
        }

        var best = 0.0;
        foreach (var key in spanishKeys)
        {
            if (key == englishKey && key.Length >= 3)
            {
                return 1;
            }

            if (key.Length >= 4 && englishKey.Length >= 4)
            {
                best = Math.Max(best, Dice(key, englishKey));
            }
        }

        return best >= MinSimilarity ? best : 0;
    }

    /// <summary>The word's keys as written and with its ending made English.</summary>
    private static string[] SpanishKeys(string word)
    {
        var keys = new List<string> { Key(word) };
        foreach (var (spanish, english) in Endings)
        {
            if (word.EndsWith(spanish, StringComparison.Ordinal) && word.Length - spanish.Length >= 3)
            {
                keys.Add(Key(string.Concat(word.AsSpan(0, word.Length - spanish.Length), english)));
                break;
            }
        }

        return [.. keys.Distinct(StringComparer.Ordinal)];
    }

    /// <summary>A spelling key shared by cognates: "nistagmo" and "nystagmus" are both "nistagm".</summary>
    private static string Key(string word)
    {
        var text = word;
        foreach (var (from, to) in Spellings)
        {
            text = text.Replace(from, to, StringComparison.Ordinal);
        }

        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (builder.Length == 0 || builder[^1] != c)
            {
                builder.Append(c);
            }
        }

        TrimVowels(builder);
        if (builder.Length > 0 && builder[^1] == 's')
        {
            builder.Length--;
        }

        TrimVowels(builder);
        return builder.ToString();
    }

    private static void TrimVowels(StringBuilder builder)
    {
        while (builder.Length > 0 && builder[^1] is 'a' or 'e' or 'i' or 'o' or 'u')
        {
            builder.Length--;
        }
    }

    private static double Dice(string a, string b)
    {
        var shared = 0;
        var used = new bool[b.Length - 1];
        for (var i = 0; i < a.Length - 1; i++)
        {
            for (var j = 0; j < b.Length - 1; j++)
            {
                if (!used[j] && a[i] == b[j] && a[i + 1] == b[j + 1])
                {
                    used[j] = true;
                    shared++;
                    break;
                }
            }
        }

        return 2.0 * shared / (a.Length + b.Length - 2);
    }

    /// <summary>Lower-case words without accents, with their character span in the text.</summary>
    private static List<(string Text, int Start, int End)> Words(string text) =>
        [.. WordForms.Spans(text).Select(s => (WithoutAccents(text[s.Start..s.End].ToLowerInvariant()), s.Start, s.End))];

    /// <summary>Spanish letters without their accents, by table: the engine may run with invariant globalization, where Unicode normalisation is not available.</summary>
    private static string WithoutAccents(string word)
    {
        if (word.All(char.IsAscii))
        {
            return word;
        }

        var builder = new StringBuilder(word.Length);
        foreach (var c in word)
        {
            var at = AccentedLetters.IndexOf(c, StringComparison.Ordinal);
            builder.Append(at >= 0 ? PlainLetters[at] : c);
        }

        return builder.ToString();
    }

    private const string AccentedLetters = "áéíóúüñàèìòùâêîôûç";
    private const string PlainLetters = "aeiouunaeiouaeiouc";
}
