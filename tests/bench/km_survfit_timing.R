# Times R's Kaplan-Meier fit with the median and its 95% CI (log band, R's default) on data that
# tests/bench/km_vs_r.ts wrote, so that both sides fit the same subjects in the same run.
#
#   Rscript tests/bench/km_survfit_timing.R REPEATS FILE...
#
# Each FILE is a CSV with columns time,status (1 = event). Start-up and file reading are not
# timed: only survfit() and summary(fit)$table, which holds the median and its limits as
# print.survfit shows them. Prints one line per file, tab-separated: the file, the median of the
# elapsed times in seconds (system.time), then the median, lower and upper limit (%.17g, NA as NA).

suppressPackageStartupMessages(library(survival))
args <- commandArgs(trailingOnly = TRUE)
repeats <- as.integer(args[1])
stopifnot(!is.na(repeats), repeats >= 1, length(args) >= 2)
cat(sprintf("R\t%s\tsurvival\t%s\n", R.version$version.string, packageVersion("survival")))
for (file in args[-1]) {
  data <- read.csv(file, colClasses = c("numeric", "integer"))
  fit_once <- function() {
    fit <- survfit(Surv(time, status) ~ 1, data = data)
    summary(fit)$table[c("median", "0.95LCL", "0.95UCL")]
  }
  table <- fit_once() # warm-up: the first call loads code
  elapsed <- vapply(seq_len(repeats), function(i) system.time(fit_once())[["elapsed"]], 0)
  cat(sprintf("%s\t%.4f\t%s\n", file, median(elapsed),
              paste(sprintf("%.17g", table), collapse = "\t")))
}
