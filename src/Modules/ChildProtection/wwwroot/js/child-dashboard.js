// 儿童数据 charts, drawn by the host's js/charts.js (mswCharts) from the figures the page renders as JSON.
(function () {
    'use strict';

    window.mswCharts.chart('child-stages', 'data-stages', function (stages) {
        return {
            grid: { left: 110, right: 16, top: 8, bottom: 24 },
            tooltip: { trigger: 'axis', renderMode: 'richText' },
            xAxis: { type: 'value', minInterval: 1 },
            yAxis: { type: 'category', inverse: true, data: stages.map(function (s) { return s.name; }) },
            series: [{ name: '个案数', type: 'bar', data: stages.map(function (s) { return s.value; }) }]
        };
    });

    window.mswCharts.chart('child-categories', 'data-categories', function (categories) {
        return {
            tooltip: { trigger: 'item', renderMode: 'richText' },
            legend: { bottom: 0, type: 'scroll' },
            series: [{ name: '儿童类别', type: 'pie', radius: ['35%', '60%'], data: categories }]
        };
    });
})();
