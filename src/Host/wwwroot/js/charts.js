// Dashboard charts for every module. CSP allows no inline script: a page renders its figures as JSON in data-
// attributes and its module's static file describes each chart with mswCharts.chart; this file reads the data, sizes the
// element, draws it with the vendored ECharts (lib/echarts), marks it data-rendered and redraws on resize.
(function () {
    'use strict';

    var charts = [];

    function read(el, name) {
        try { return JSON.parse(el.getAttribute(name) || '[]'); } catch (e) { return []; }
    }

    function whenReady(fn) {
        if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', fn);
        else fn();
    }

    window.addEventListener('resize', function () { charts.forEach(function (c) { c.resize(); }); });

    window.mswCharts = {
        // options(data) returns the ECharts option for the element's JSON in dataAttribute.
        chart: function (elementId, dataAttribute, options) {
            whenReady(function () {
                var el = document.getElementById(elementId);
                if (!el || typeof window.echarts === 'undefined') return;
                // Inline style attributes are blocked by the CSP; setting the CSSOM property is allowed.
                el.style.width = '100%';
                el.style.height = '300px';
                var chart = window.echarts.init(el);
                chart.setOption(Object.assign({ animation: false }, options(read(el, dataAttribute))));
                charts.push(chart);
                el.setAttribute('data-rendered', 'true');
            });
        }
    };
})();
