import statistics as st
from fractions import Fraction as F
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)
show("mean", lambda: [st.mean([1, 2, 3]), st.mean([1, 2]), st.mean([0.1, 0.2, 0.3]), st.mean([F(1, 2), F(1, 3)]), st.mean([1, 2.5]), st.mean([True, False, True]), st.mean(range(10))])
show("mean empty", lambda: st.mean([]))
show("fmean", lambda: [st.fmean([1, 2, 3, 4]), st.fmean([0.1, 0.2, 0.3]), st.fmean([1, 2], weights=[1, 3])])
show("fmean empty", lambda: st.fmean([]))
show("median", lambda: [st.median([3, 1, 2]), st.median([4, 1, 2, 3]), st.median([1, 3]), st.median([1.5, 2.5]), st.median_low([1, 2, 3, 4]), st.median_high([1, 2, 3, 4]), st.median_grouped([1, 2, 2, 3, 4, 4, 4, 4, 4, 5])])
show("median empty", lambda: st.median([]))
show("mode", lambda: [st.mode([1, 1, 2, 3, 3, 3]), st.mode("aabbbc"), st.mode([1, 2, 3]), st.multimode("aabbc"), st.multimode([])])
show("mode empty", lambda: st.mode([]))
show("variance", lambda: [st.variance([1, 2, 3, 4]), st.variance([2, 4, 4, 4, 5, 5, 7, 9]), st.pvariance([2, 4, 4, 4, 5, 5, 7, 9]), st.variance([0.1, 0.2, 0.3]), st.pvariance([1, 2, 3]), st.variance([F(1, 2), F(3, 4), 1]), st.variance([1, 3], 2)])
show("stdev", lambda: [st.stdev([1, 2, 3, 4]), st.pstdev([2, 4, 4, 4, 5, 5, 7, 9]), st.stdev([0.1, 0.2, 0.35]), st.stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), st.pstdev([1, 2])])
show("variance short", lambda: st.variance([1]))
show("pvariance empty", lambda: st.pvariance([]))
show("stdev short", lambda: st.stdev([1]))
show("quantiles", lambda: [st.quantiles([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]), st.quantiles(range(1, 11), n=10, method="inclusive"), st.quantiles([1.5, 2, 8], n=3)])
show("harmonic", lambda: [st.harmonic_mean([40, 60]), st.harmonic_mean([2.5, 3, 10]), st.harmonic_mean([1, 0])])
show("geometric", lambda: round(st.geometric_mean([54, 24, 36]), 9))
show("err type", lambda: issubclass(st.StatisticsError, ValueError))
x = [1, 2, 3, 4, 5, 6, 7, 8, 9]
y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
show("cov", lambda: st.covariance(x, y))
show("corr", lambda: (st.correlation(x, x), st.correlation(x, y), st.correlation(x, x[::-1])))
show("lr", lambda: st.linear_regression([1, 2, 3, 4, 5], [3, 5, 7, 9, 11.5]))
show("lr prop", lambda: st.linear_regression([1, 2, 3], [2, 4, 6.5], proportional=True))
show("lr fields", lambda: st.linear_regression([1, 2, 3], [1, 2, 3]).slope)
show("cov short", lambda: st.covariance([1], [2]))
show("cov len", lambda: st.covariance([1, 2], [2]))
show("corr const", lambda: st.correlation([1, 1, 1], [1, 2, 3]))
show("corr len", lambda: st.correlation([1, 2], [1]))
show("lr const", lambda: st.linear_regression([1, 1], [1, 2]))
show("lr short", lambda: st.linear_regression([1], [1]))
