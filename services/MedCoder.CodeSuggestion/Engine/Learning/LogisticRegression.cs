namespace MedCoder.CodeSuggestion.Engine.Learning;

/// <summary>
/// L2-regularised logistic regression fitted by Newton's method (a dozen features, tens of thousands of rows:
/// converges in a few exact steps, and the result does not depend on a learning rate or on row order).
/// </summary>
public static class LogisticRegression
{
    private const double Ridge = 1.0;
    private const int MaxSteps = 25;

    public static double Predict(ReadOnlySpan<double> weights, ReadOnlySpan<double> x)
    {
        var z = 0.0;
        for (var i = 0; i < weights.Length; i++)
        {
            z += weights[i] * x[i];
        }

        return 1 / (1 + Math.Exp(-z));
    }

    public static double[] Fit(IReadOnlyList<double[]> rows, IReadOnlyList<bool> labels)
    {
        var d = rows.Count == 0 ? 0 : rows[0].Length;
        var w = new double[d];
        for (var step = 0; step < MaxSteps; step++)
        {
            var gradient = new double[d];
            var hessian = new double[d, d];
            for (var n = 0; n < rows.Count; n++)
            {
                var x = rows[n];
                var p = Predict(w, x);
                var r = p - (labels[n] ? 1 : 0);
                var s = Math.Max(p * (1 - p), 1e-9);
                for (var i = 0; i < d; i++)
                {
                    gradient[i] += r * x[i];
                    for (var j = 0; j <= i; j++)
                    {
                        hessian[i, j] += s * x[i] * x[j];
                    }
                }
            }

            for (var i = 1; i < d; i++)
            {
                gradient[i] += Ridge * w[i]; // the bias is not shrunk
                hessian[i, i] += Ridge;
            }

            for (var i = 0; i < d; i++)
            {
                for (var j = i + 1; j < d; j++)
                {
                    hessian[i, j] = hessian[j, i];
                }
            }

            var delta = Solve(hessian, gradient);
            var change = 0.0;
            for (var i = 0; i < d; i++)
            {
                w[i] -= delta[i];
                change = Math.Max(change, Math.Abs(delta[i]));
            }

            if (change < 1e-8)
            {
                break;
            }
        }

        return w;
    }

    /// <summary>Gaussian elimination with partial pivoting; the ridge keeps the system well conditioned.</summary>
    private static double[] Solve(double[,] a, double[] b)
    {
        var n = b.Length;
        var m = (double[,])a.Clone();
        var x = (double[])b.Clone();
        for (var col = 0; col < n; col++)
        {
            var pivot = col;
            for (var row = col + 1; row < n; row++)
            {
                if (Math.Abs(m[row, col]) > Math.Abs(m[pivot, col]))
                {
                    pivot = row;
                }
            }

            if (pivot != col)
            {
                for (var k = 0; k < n; k++)
                {
                    (m[col, k], m[pivot, k]) = (m[pivot, k], m[col, k]);
                }

                (x[col], x[pivot]) = (x[pivot], x[col]);
            }

            for (var row = col + 1; row < n; row++)
            {
                var f = m[row, col] / m[col, col];
                for (var k = col; k < n; k++)
                {
                    m[row, k] -= f * m[col, k];
                }

                x[row] -= f * x[col];
            }
        }

        for (var row = n - 1; row >= 0; row--)
        {
            var sum = x[row];
            for (var k = row + 1; k < n; k++)
            {
                sum -= m[row, k] * x[k];
            }

            x[row] = sum / m[row, row];
        }

        return x;
    }
}
