// 养老数据 charts, drawn by the host's js/charts.js (mswCharts) from the figures the page renders as JSON.
(function () {
    'use strict';

    window.mswCharts.chart('figures-trend', 'data-trend', function (trend) {
        return {
            grid: { left: 40, right: 16, top: 16, bottom: 40 },
            tooltip: { trigger: 'axis', renderMode: 'richText' },
            xAxis: { type: 'category', data: trend.map(function (t) { return t.month; }) },
            yAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } },
            series: [{ name: '月探访率', type: 'line', connectNulls: false, data: trend.map(function (t) { return t.rate; }) }]
        };
    });

    window.mswCharts.chart('figures-tiers', 'data-tiers', function (tiers) {
        return {
            color: ['#dc3545', '#ffc107', '#6c757d'],
            tooltip: { trigger: 'item', renderMode: 'richText' },
            legend: { bottom: 0 },
            series: [{ name: '风险等级', type: 'pie', radius: ['35%', '65%'], data: tiers }]
        };
    });
})();
